# ForceTrack : les mots que lit le clinicien, en français (traduction de i18n/en/forcetrack.ftl).
#
# Mêmes identifiants de message et mêmes variables que l’anglais (tests/catalogues.rs).
# Vocabulaire : voir i18n/fr/glossary.md (kinésithérapie du sport, médecine du sport).
# Typographie : espace insécable (U+00A0) avant : ; ? ! et à l’intérieur des « » ;
# U+202F n’est pas dans la police proportionnelle de l’application, d’où U+00A0.
# Pluriel (CLDR) : [one] sert pour 0 et 1, *[other] pour le reste.
# Les nombres décimaux écrits en toutes lettres dans le texte suivent l’usage français (virgule).
## Languages (each named in its own language, shown in Settings)

language-en = English
language-es = Español
language-de = Deutsch
language-fr = Français
language-pt-PT = Português (Portugal)
language-pt-BR = Português (Brasil)
language-it = Italiano

## The app's shell: opening a clinic, notes, the top bar, the first screen, Settings, the clinic
## server, recordings left unfinished by a crash.

## Opening a clinic and the app's notes

app-prefs-ignored = préférences ignorées ({ $detail })
app-prefs-cannot-create-folder = impossible de créer { $folder } : { $error }
app-prefs-cannot-write = impossible d’écrire { $file } : { $error }
app-prefs-cannot-save = impossible d’enregistrer les préférences : { $error }
app-server-setting-not-used = Le serveur du cabinet indiqué dans les Paramètres n’est pas utilisé : { $error }
app-device-lost-recording-kept = { $reason } : l’enregistrement jusqu’à ce moment est conservé
app-recording-max-length = L’enregistrement a atteint sa durée maximale et s’est arrêté.
app-opening-demo = Ouverture du cabinet de démonstration…
app-opening-clinic = Ouverture du cabinet…
app-opening-detail = { $folder } : vérification et, si nécessaire, mise à niveau de la base de données
app-stop-recording-before-switching = Arrêtez l’enregistrement avant de changer de cabinet : il est enregistré dans celui-ci.
app-device-stays-connected = { $device } reste connecté.
app-demo-not-made = Le cabinet de démonstration n’a pas pu être créé : { $error }
app-damaged-samples = La vérification de la base de données a trouvé des échantillons endommagés, exclus de tous les résultats : { $list }. Restaurez une sauvegarde pour les récupérer.
app-rows-left-out = Lignes enregistrées illisibles, exclues de toutes les listes et de tous les résultats : { $list }. Restaurez une sauvegarde pour les récupérer.

## The athlete list's return-to-sport hover: the required criteria that do not pass

app-criterion-fail = ✖ non atteint : { $criterion } (exige { $needs })
app-criterion-fail-value = ✖ non atteint : { $criterion } : { $value } (exige { $needs })
app-criterion-no-data = ? sans données : { $criterion } (exige { $needs })
app-red-band = { $test } { $date } : asymétrie { $asymmetry } (rouge)

## The top bar

nav-athletes = Athlètes
nav-athletes-tip = tous les athlètes
nav-athlete = Athlète
nav-athlete-tip = le profil de l’athlète, ses blessures et ses visites
nav-test = Test
nav-test-tip = réaliser une séance de tests
nav-history = Historique
nav-history-tip = progression au fil des visites et courbes enregistrées
nav-clearance = Retour au sport
nav-clearance-tip = liste des critères de retour au sport
nav-export = Export
nav-export-tip = CSV pour tableurs et recherche
nav-settings = Paramètres
nav-settings-tip = unités, formules, seuils, appareils
nav-light = ☀ Clair
nav-dark = 🌙 Sombre
nav-theme-tip = basculer entre thème clair et sombre
nav-open-my-clinic = Ouvrir mon cabinet
nav-open-my-clinic-tip = quitter le cabinet de démonstration
nav-open-demo = Ouvrir le cabinet de démo
nav-open-demo-tip = un cabinet distinct avec des athlètes fictifs
nav-choose-athlete-first = Choisissez d’abord un athlète.

## The first screen

welcome-tagline = Évaluation de la force des ischio-jambiers et des fessiers, suivi et retour au sport
welcome-open-failed = Le cabinet n’a pas pu être ouvert : { $error }
welcome-explore-demo = Découvrir le cabinet de démonstration
welcome-demo-description = Six athlètes fictifs avec des mois de visites, dans une base de données distincte. Les appareils de démonstration ne nécessitent aucun matériel.
welcome-retry-server = Réessayer le serveur du cabinet
welcome-clinic-on-server = Le cabinet de cet ordinateur se trouve sur le serveur du cabinet { $server }.
welcome-use-this-computer = Utiliser la base de données de cet ordinateur
welcome-use-this-computer-description = Le cabinet propre à cet ordinateur à la place (le serveur du cabinet peut être choisi à nouveau dans Paramètres, Serveur du cabinet).
welcome-start-my-clinic = Créer mon cabinet
welcome-start-description = Un cabinet vide pour vos propres athlètes. Vous pouvez passer de l’un à l’autre à tout moment.
welcome-record-on-server = Les données du cabinet sont sur son serveur ; les enregistrements sont d’abord conservés sur cet ordinateur.
welcome-stays-here = Tout reste sur cet ordinateur.

## Settings

settings-title = Paramètres
settings-not-saved-problems = Non enregistré : { $problems }.
settings-not-saved-error = Non enregistré : { $error }
settings-saved = Paramètres du cabinet enregistrés.
settings-save = Enregistrer les paramètres du cabinet
settings-discard = Annuler les modifications
settings-unsaved-bar = ⚠ Pas encore enregistré, et non utilisé avant enregistrement : { $changes }

## Settings: leaving with unsaved changes

settings-unsaved-title = Les paramètres du cabinet ne sont pas enregistrés
settings-unsaved-changed = Modifié ici : { $changes }.
settings-unsaved-explain = Ils ne sont utilisés nulle part (résultats, rapports, autres ordinateurs) tant qu’ils ne sont pas enregistrés.
settings-save-and-leave = Enregistrer et quitter
settings-leave-without-saving = Quitter sans enregistrer
settings-stay = Rester dans les Paramètres

## Settings: what changed (listed in the two messages above)

settings-change-formula = formule d’asymétrie { $formula } (auparavant { $was })
settings-change-summary = valeur par côté { $value ->
        [best] meilleure répétition
       *[mean] moyenne des répétitions
    } (auparavant { $was ->
        [best] meilleure répétition
       *[mean] moyenne des répétitions
    })
settings-change-bands = zones de couleur orange à partir de { $amber } %, rouge à partir de { $red } %
# I/Q : ratio ischio-jambiers/quadriceps, l'abréviation de la littérature française (H:Q en anglais).
settings-change-hq = ratio I/Q minimal acceptable { $hq }
settings-change-no-hq = aucun ratio I/Q minimal acceptable
settings-change-mdc = MDC de { $tests }
settings-change-other = autres paramètres du cabinet

## Settings: display (this computer)

settings-display = Affichage (cet ordinateur)
settings-language = Langue
settings-language-tip = la langue de ForceTrack sur cet ordinateur
settings-language-unavailable-tip = pas encore traduit
settings-decimal-separator = Séparateur décimal
settings-decimal-point-tip = point décimal
settings-decimal-comma-tip = virgule décimale
settings-decimal-separator-tip = l’écriture des nombres à l’écran et dans les rapports
settings-date-order = Format de date
settings-date-order-tip = l’écriture des dates à l’écran et dans les rapports
settings-date-order-ymd = { $today } (année-mois-jour)
settings-date-order-dmy = { $today } (jour/mois/année)
settings-date-order-dmy-dots = { $today } (jour.mois.année)
settings-date-order-mdy = { $today } (mois/jour/année)
settings-force-unit = Unité de force
settings-dark = Thème sombre
settings-countdown = Compte à rebours avant l’enregistrement (s)
settings-renderer = Moteur de rendu
settings-renderer-in-use = { $renderer } dessine cette fenêtre
settings-renderer-next = { $renderer } dessine cette fenêtre ; { $next } au prochain démarrage
settings-renderer-tip = glow est le choix par défaut : il affiche l’enregistrement en direct le plus rapidement sur la plupart des ordinateurs. --renderer le remplace le temps d’un démarrage.

## Settings: the clinic's choices

settings-clinic = Cabinet (commun à tous les ordinateurs qui utilisent ce cabinet)
settings-formula = Formule d’asymétrie
settings-summary = Valeur par côté pour l’asymétrie et la progression
settings-best-rep = meilleure répétition
settings-mean-of-reps = moyenne des répétitions
settings-summary-note = La meilleure valeur est la convention clinique ; la moyenne est le choix le plus fiable pour l’asymétrie ({ $source }).
settings-amber-from = Orange à partir de (%)
settings-red-from = Rouge à partir de (%)
settings-bands-source = Source : { $source }.
settings-hq-floor = Ratio I/Q minimal acceptable (moment fléchisseurs / extenseurs du genou à 90°)
settings-hq-floor-tip = le ratio I/Q minimal acceptable pour le cabinet
settings-hq-note = Pas de valeur par défaut : le seuil isocinétique ({ $cutoff }, { $source }) ne s’applique pas aux ratios isométriques ; un cabinet peut fixer le sien.
settings-mdc-heading = Changement minimal détectable (MDC95) par test
settings-mdc-test = Test
settings-mdc-value = MDC95
settings-mdc-source = Source
settings-mdc-sem = Votre SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 de { $test }
settings-mdc-clinic-setting = réglage du cabinet
settings-sem-label = SEM ({ $unit })
settings-sem-use = Appliquer
settings-sem-use-tip = calculer le MDC de { $test } à partir de votre SEM
settings-sem-invalid = « { $typed } » n’est pas une SEM : saisissez un nombre supérieur à 0, p. ex. { $example }
settings-sem-error-tip = voir sous le tableau
settings-sem-error-line = ⚠ { $test } : { $error }
settings-mdc-default = Par défaut
settings-mdc-default-tip = revenir au MDC publié de { $test }

## Settings: device profiles

settings-devices = Profils d’appareils
settings-devices-intro = Profils intégrés, plus les vôtres dans { $folder } et dans le dossier ci-dessous.
settings-devices-folder = Dossier d’appareils supplémentaire
settings-devices-reload = Utiliser et recharger
settings-profile-not-loaded = non chargé : { $error }

## Settings: the clinic server

server-heading = Serveur du cabinet
server-intro = Plusieurs ordinateurs partagent les mêmes données sur le serveur PostgreSQL du cabinet ; un ordinateur seul les garde dans sa propre base de données. Les enregistrements sont toujours d’abord journalisés sur cet ordinateur : un enregistrement n’attend jamais le réseau.
server-in-use = Cet ordinateur utilise le serveur du cabinet { $server }.
server-none = Cet ordinateur utilise sa propre base de données (pas de serveur du cabinet).
server-host = Serveur (nom d’hôte ou adresse)
server-port = Port
server-database = Base de données
server-login = Identifiant (le vôtre)
server-ca-file = Fichier du certificat de l’AC du serveur
server-password = Mot de passe
server-password-tip = conservé uniquement dans le fichier de mots de passe PostgreSQL, jamais dans les paramètres de ForceTrack
server-tls-off = Désactiver TLS (la connexion n’est pas chiffrée : uniquement dans un réseau de confiance)
server-test = Tester la connexion
server-save-password = Enregistrer le mot de passe
server-save-password-tip = dans le fichier de mots de passe PostgreSQL (~/.pgpass), lisible par vous seul
server-use = Utiliser ce serveur du cabinet
server-use-this-computer = Utiliser la base de données de cet ordinateur
server-no-home = pas de dossier personnel pour le fichier de mots de passe
server-password-not-saved = le mot de passe n’a pas été enregistré : { $error }
server-password-saved = Mot de passe enregistré dans { $file } (lisible par vous seul).
server-connected = Connecté à { $server } en tant que { $login } : version du schéma { $version } (celle de ce programme : { $latest }), { $athletes ->
        [one] { $athletes } athlète
       *[other] { $athletes } athlètes
    }.
server-connected-encrypted = Connecté à { $server } en tant que { $login }, chiffré, certificat du serveur vérifié : version du schéma { $version } (celle de ce programme : { $latest }), { $athletes ->
        [one] { $athletes } athlète
       *[other] { $athletes } athlètes
    }.

## Recordings a crash left unfinished

recovery-look-failed = Impossible de rechercher les enregistrements inachevés : { $error }
recovery-title = Enregistrements inachevés
recovery-intro = ForceTrack s’est arrêté pendant ces enregistrements. Ce qui a été sauvegardé jusqu’au dernier moment peut être conservé.
recovery-unknown-athlete = athlète inconnu
recovery-test-side = { $side ->
        [left] { $test }, gauche
        [right] { $test }, droite
       *[both] { $test }, les deux jambes
    }
recovery-no-test = un enregistrement sans test
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } échantillon
       *[other] { $samples } échantillons
    } ({ $seconds } s)
recovery-pain-label = Douleur pendant l’enregistrement
recovery-pain-choose = choisir de 0 à 10
recovery-pain-not-known-chosen = Douleur inconnue
recovery-pain-chosen = Douleur { $pain }/10
recovery-pain-not-known = Inconnue
recovery-keep = Conserver comme essai
recovery-keep-disabled-tip = Choisissez d’abord la douleur signalée par l’athlète pendant cet enregistrement
recovery-discard = Supprimer…
recovery-discard-tip = supprime l’enregistrement ; confirmation demandée
recovery-discard-confirm = Oui, supprimer définitivement ces { $seconds } s
recovery-do-not-discard = Ne pas supprimer
recovery-kept-in-visit = L’essai conservé se trouve dans la visite du { $date }.
recovery-go-on = Reprendre cette séance
recovery-close = Fermer
recovery-decide-later = Décider plus tard
recovery-kept = Conservé comme essai { $trial } de la visite du { $date }.
recovery-discarded = L’enregistrement inachevé a été supprimé.
recovery-no-samples = Aucun échantillon n’a été sauvegardé avant l’arrêt.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (tel qu’enregistré)

## A fixed recording on the demo force plate (a measurement mode)

autorecord-heading = Enregistrement de la plateforme de force de démo : { $duration } sur { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } échantillon par canal
       *[other] { $samples } échantillons par canal
    }

## Session: recording (the steps, live recording, review, typed-in values, abandoning)

## Step list (left panel)

run-steps-heading = Tests (⬅ ➡ pour naviguer)
run-step-not-done = { $mark } { $step } (non réalisé)
run-step-not-done-tip = non réalisé : { $reason }
run-step-cannot-record-tip = l’appareil connecté ne peut pas enregistrer ce test : { $reason }
run-summary = Synthèse ▶
run-tally = Réalisés : { $done } sur { $total }
run-tally-not-done = Réalisés : { $done } sur { $total }, non réalisés : { $not_done }

## Current step

run-position = Position : { $position }
run-cue = Consigne : « { $cue } »
run-connect-device-first = Connectez d’abord un appareil.
run-connect-device = Connectez un appareil pour enregistrer.
run-device-cannot-record = ⚠ { $device } ne peut pas enregistrer ce test : { $reason }.
run-lever-arm = Bras de levier (m)
run-lever-arm-hint = mesuré ; pour le moment de force
# $landmark : test-*-lever-arm, écrit « de … à … » (un test propre au cabinet garde ses mots).
run-lever-arm-tip = mesure : { $landmark }

## Marking a step "not done"

run-marked-not-done = Marqué non réalisé : { $reason }
run-test-after-all = Le tester quand même
run-not-done-today = Non réalisé aujourd’hui ?
run-not-done-reason-hint = motif, p. ex. pas de banc Nordic, douleur, manque de temps
run-mark-both-not-done = Marquer les deux côtés non réalisés
run-mark-not-done = Marquer non réalisé
run-mark-not-done-tip = exclure ce test de la visite du jour ; le motif est noté dans les notes de la visite
run-mark-side-not-done =
    { $side ->
        [left] Marquer seulement le côté gauche non réalisé
        [right] Marquer seulement le côté droit non réalisé
       *[both] Marquer les deux côtés non réalisés
    }
run-mark-side-not-done-tip = l’autre côté de ce test reste à tester

## Recording controls

run-start-recording = ⏺ Démarrer l’enregistrement
run-rest = Repos { $time }
run-start-now = ⏺ Démarrer maintenant
run-skip-rest = Passer le repos
run-cancel = Annuler
run-stop = ■ Arrêter
run-key-space-tip = Espace
run-key-enter-tip = Entrée
run-key-esc-tip = Échap
run-key-backspace-twice-tip = Retour arrière deux fois
run-cancel-recording-tip = Échap : supprimer cet enregistrement
run-key-escape = Échap
run-key-backspace = Retour arrière
run-press-again-discard = Appuyez de nouveau sur { $key } pour supprimer cet enregistrement.
run-press-again-redo = Appuyez de nouveau sur { $key } pour le supprimer et recommencer l’enregistrement.
run-press-again-discard-redo = Appuyez de nouveau sur { $key } pour supprimer cet enregistrement et recommencer.
run-live-rep = Rép. { $number } : { $peak }
run-live-rep-rising = Rép. { $number } : { $peak } …

## Saving a trial

run-trial-saved = Essai enregistré.
run-trial-kept-offline =
    Essai conservé sur cet ordinateur : le serveur du cabinet est injoignable. Il sera envoyé dès que le serveur répondra (la barre d’état compte ce qui est en attente).
run-trial-not-saved = L’essai n’a pas été enregistré : { $error }.
run-trial-not-saved-rescued = L’essai n’a pas été enregistré : { $error }. L’enregistrement est conservé dans { $path }.
run-trial-not-saved-lost = L’essai n’a pas été enregistré : { $error }. Il n’a pas pu être conservé non plus : { $reason }.
run-not-saved = Non enregistré : { $error }

## Review of a recording

run-device-lost = Appareil perdu : { $note }
run-no-effort = Aucun effort n’a été détecté dans cet enregistrement.
run-counted = Retenue
run-peak = Pic
run-peak-of = Pic { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Alertes
run-rep = Rép. { $number }
run-rep-tip = décocher pour exclure cette répétition des résultats
run-accept-trial = ✔ Valider l’essai
run-ask-pain-first = Demandez d’abord la douleur.
run-redo = ↺ Recommencer

## Pain score

run-pain-scale = Douleur pendant ce test (0-10) :
run-pain-value = douleur { $value }
run-pain-tip = 0-3 sûr, 4-5 acceptable, au-delà de 5 non acceptable ({ $source })

## Typing the values of a device with no public protocol

run-type-values = Saisir les valeurs (appareil sans protocole public)
run-type-values-tip =
    le pic de chaque répétition lu sur l’écran de l’appareil (microFET, Lafayette, VALD, Kinvent, peson à crochet avec maintien du pic) ; compté comme les pics d’un essai enregistré, marqué « saisi à la main », sans métriques de courbe
run-hand-device = Appareil
run-hand-device-hint = p. ex. Hoggan microFET 2
run-hand-kind = Type
run-hand-kind-tip = l’évolution n’est comparée qu’au sein d’un même type d’appareil
run-hand-unit = Unité affichée
run-hand-left-peaks = Jambe gauche : pic de chaque répétition
run-hand-right-peaks = Jambe droite : pic de chaque répétition
run-hand-peaks = Pic de chaque répétition
run-hand-peaks-empty = saisissez le pic de chaque répétition, p. ex. { $example }
run-hand-peak-not-a-number = « { $text } » n’est pas un pic de force en { $unit } (un nombre supérieur à 0)
run-hand-leg-problem =
    { $side ->
        [left] jambe gauche
       *[right] jambe droite
    } : { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }, meilleur pic { $best } : saisi à la main
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }, meilleur pic { $best } ({ $converted }) : saisi à la main
run-hand-entered-leg =
    { $side ->
        [left] gauche
       *[right] droite
    } : { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }, meilleur pic { $best } : saisi à la main
run-hand-entered-leg-converted =
    { $side ->
        [left] gauche
       *[right] droite
    } : { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }, meilleur pic { $best } ({ $converted }) : saisi à la main
run-save = ✔ Enregistrer

## A step that counts reps

run-reps-completed = Répétitions réalisées
run-reps = Répétitions
run-reps-hint = nombre
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = « { $text } » n’est pas un nombre de répétitions : saisissez un nombre entier, p. ex. 22

## Abandoning a session

run-abandon = Abandonner la séance
run-abandon-question-holds = Quitter cette séance ? Sa visite contient { $trials }.
run-abandon-question-empty = Quitter cette séance ? Sa visite ne contient encore aucun essai.
run-abandon-question-added =
    Quitter cette séance ? Elle a ajouté { $added } à la visite du { $date }, qui contenait auparavant { $before ->
        [one] { $before } essai
       *[other] { $before } essais
    }.
run-abandon-question-added-nothing =
    Quitter cette séance ? Elle n’a rien ajouté à la visite du { $date }, qui conserve { $before ->
        [one] { $before } essai
       *[other] ses { $before } essais
    }.
run-abandon-delete =
    Supprimer la visite (restaurable pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
run-abandon-delete-tip = Annuler, sur l’écran suivant ou sur la page de l’athlète, la rétablit avec ses essais
run-abandon-keep =
    Conserver la visite ({ $count ->
        [one] { $count } essai
       *[other] { $count } essais
    })
run-abandon-keep-empty = Conserver la visite (elle ne contient aucun essai)
run-abandon-keep-tip = la visite reste telle quelle dans l’historique de l’athlète ; les tests non réalisés ne sont pas enregistrés
run-abandon-keep-all =
    { $count ->
        [one] Conserver la visite et son essai ({ $count })
       *[other] Conserver la visite et tous ses essais ({ $count })
    }
run-abandon-keep-all-tip = les essais de cette séance restent dans la visite avec les précédents
run-abandon-remove =
    { $count ->
        [one] Retirer { $count } essai ajouté par cette séance
       *[other] Retirer les { $count } essais ajoutés par cette séance
    }
run-abandon-leave = Quitter la séance
run-abandon-go-on = Poursuivre la séance
run-abandon-kept =
    Séance quittée. La visite du { $date } est conservée avec { $count ->
        [one] { $count } essai
       *[other] ses { $count } essais
    }.
run-abandon-deleted = Visite du { $date } supprimée, avec { $trials }.
run-abandon-deleted-empty = Visite du { $date } supprimée (elle ne contenait aucun essai).
run-abandon-left-earlier =
    Séance quittée. La visite du { $date } conserve { $before ->
        [one] { $before } essai qu’elle contenait
       *[other] les { $before } essais qu’elle contenait
    } auparavant.
run-abandon-removed =
    Ajouts de cette séance retirés ({ $removed }). La visite du { $date } conserve { $before ->
        [one] { $before } essai qu’elle contenait
       *[other] les { $before } essais qu’elle contenait
    } auparavant.

## Session: starting a session, the device panel, the session summary, the shared widgets

## The plan of a session: a test on one side (or both at once)

session-step-title =
    { $side ->
        [left] { $test }, gauche
        [right] { $test }, droite
       *[both] { $test }, les deux jambes
    }
session-step-needs-two-channels = ce test enregistre les deux jambes simultanément : connectez un appareil à deux canaux (un banc Nordic ou des plateformes de force)
session-step-channels-do-not-fit = les canaux de cet appareil ne conviennent pas à ce test
session-step-passed-over = { $device } ne peut pas l’enregistrer : { $reason }
# Relu par une séance ultérieure sur la même visite : garder « ({ $reason }). » à la fin.
session-not-done-note = Non réalisé : { $step } ({ $reason }).

## Setting up a session

session-heading = Séance de tests : { $athlete }
session-current-injury = Blessure en cours : { $injury } (depuis le { $date })
session-not-abandoned = La séance n’a pas été abandonnée : { $error }
session-not-restored = Restauration impossible : { $error }
session-undo = Annuler
session-undo-tip = rétablir la visite avec ses essais
session-tests = Tests
session-battery = Batterie : { $battery }
session-both-legs-at-once = les deux jambes simultanément
session-one-leg-at-a-time = une jambe à la fois
session-visit = Visite
session-going-on-with-visit = Reprise de la visite du { $date } : ses essais comptent comme réalisés, les tests que ses notes indiquent non réalisés comme non réalisés ; choisissez les tests et l’appareil.
session-visit-today =
    { $athlete } a une visite aujourd’hui ({ $date }, { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    }).
session-add-to-todays-visit = Ajouter à la visite du jour
session-add-to-todays-visit-tip = les tests de cette séance rejoignent cette visite : ses résultats (I/Q, asymétrie, retour au sport) sont lus ensemble
session-or-new-visit = ou remplissez une nouvelle visite ci-dessous
session-device = Appareil
session-resume = Reprendre la séance
session-start = Démarrer la séance
session-choose-a-test = Choisissez au moins un test.
session-body-mass = Masse corporelle (kg)
session-body-mass-hint = pour les N/kg
session-clinician = Clinicien
session-clinician-hint = votre nom
session-notes = Notes
session-visa-h-and-provocation = VISA-H et tests de provocation
session-visa-h = VISA-H (0-100)
session-visa-h-hint = score total
session-provocation-source = Tests de provocation d’après { $source }
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Étirement genou fléchi
session-modified-bent-knee-stretch = Étirement genou fléchi modifié
session-provocation-not-done = non réalisé
session-provocation-negative = négatif
session-provocation-positive = positif
session-visa-h-not-a-number = VISA-H : « { $text } » n’est pas un nombre
session-body-mass-not-a-number = masse corporelle : « { $text } » n’est pas un nombre
session-visa-h-out-of-range = VISA-H { $value } est hors de l’intervalle 0-100

## The session summary

session-visit-saved = Visite enregistrée.
session-summary-heading = Synthèse : { $athlete }
session-summary-no-results = Cette visite n’a aucun résultat.
session-summary-not-recorded = Non enregistré lors de cette visite : { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Asymétrie : { $formula } = { $definition } ({ $source }). Zones : vert < { $amber } %, orange, rouge ≥ { $red } % ({ $bands_source }).
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } répétition
       *[other] { $count } répétitions
    }
session-summary-entered-by-hand = { $force } (saisi à la main)
session-summary-side = Côté
session-summary-count = Nombre
session-summary-reps = Rép.
session-summary-best = Meilleure
session-summary-mean = Moyenne
session-summary-cv = CV
session-summary-pain = Douleur
session-summary-since-last-visit = Depuis la dernière visite
session-summary-flags = Alertes
session-summary-first-visit = première visite
session-summary-visit-notes = Notes de la visite
session-summary-back = ◀ Retour aux tests
session-summary-save = 💾 Enregistrer la visite
session-change-vs-mdc = vs { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = vs { $since } · appareils non interchangeables : l’évolution n’est comparée qu’au sein d’un même type d’appareil
session-change-vs-no-mdc = vs { $since } · aucun MDC connu pour ce test : l’évolution est affichée, non interprétée

## The device panel

device-panel-tare = Tarer
device-panel-tare-tip = remettre l’appareil à zéro, sans aucune traction
device-panel-disconnect = Déconnecter
device-panel-connect-a-device = Connecter un appareil
device-panel-demo-tip = l’athlète simulé ; aucun matériel nécessaire
device-panel-find-ports = Rechercher les ports série
device-panel-ports-found =
    { $count ->
        [one] { $count } trouvé
       *[other] { $count } trouvés
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Profil
device-panel-connect = Connecter
device-panel-other-port = Autre port
device-panel-other-port-hint = /dev/pts/3 ou COM4
device-panel-choose = choisir…
device-panel-channel-force = Force
device-panel-channel-left = Gauche
device-panel-channel-right = Droite
device-panel-force-now-tip = force actuelle
device-panel-peak = pic { $force }
device-panel-peak-tip = force la plus élevée de cet enregistrement
device-panel-device-on-port = { $device } sur { $port }
device-panel-no-profile = aucun profil d’appareil « { $profile } »

## A serial port this user may not open

port-denied-not-in-group = { $port } : permission refusée : le port appartient au groupe « { $group } » et vous n’en faites pas partie. Ajoutez-vous avec { $command }, puis fermez la session et rouvrez-la ; ou installez le paquet ForceTrack, qui donne à la personne devant l’ordinateur l’accès aux appareils qu’il connaît
port-denied-added-after-login = { $port } : permission refusée : vous êtes dans le groupe « { $group } » auquel appartient le port, mais vous y avez été ajouté après l’ouverture de votre session : fermez la session et rouvrez-la (ou redémarrez l’ordinateur)
port-denied-owner-only = { $port } : permission refusée : seul son propriétaire « { $owner } » peut ouvrir le port (mode { $mode }) ; installez le paquet ForceTrack, qui donne à la personne devant l’ordinateur l’accès aux appareils qu’il connaît, ou adressez-vous à la personne qui gère cet ordinateur
port-denied = { $port } : permission refusée ; installez le paquet ForceTrack, qui donne à la personne devant l’ordinateur l’accès aux appareils qu’il connaît, ou adressez-vous à la personne qui gère cet ordinateur
port-short-not-in-group = non autorisé : vous n’êtes pas dans le groupe « { $group } »
port-short-added-after-login = non autorisé avant d’avoir fermé et rouvert la session (groupe « { $group } »)
port-short-owner-only = non autorisé : seul « { $owner } » peut l’ouvrir
port-busy = { $port } est occupé : un autre programme utilise le port (un moniteur série, un second ForceTrack, ModemManager) : fermez-le, puis connectez à nouveau ({ $error })
port-not-there = { $port } est introuvable : l’appareil est-il branché et allumé ? ({ $button } dans l’application et { $command } listent les ports présents)
port-cannot-open = impossible d’ouvrir { $port } : { $error }

## The status bar

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } échantillon
       *[other] { $count } échantillons
    }
status-samples-tip = échantillons reçus de l’appareil depuis sa connexion
status-readings-missing =
    { $count ->
        [one] { $count } mesure manquante
       *[other] { $count } mesures manquantes
    }
status-readings-missing-about =
    { $count ->
        [one] environ { $count } mesure manquante
       *[other] environ { $count } mesures manquantes
    }
status-readings-missing-tip = { $why } (depuis la connexion de l’appareil)
status-no-readings-missing = 0 mesure manquante
status-no-readings-missing-tip = chaque mesure envoyée par l’appareil depuis sa connexion est un échantillon
status-rejected-tip =
    lignes qui n’étaient ni des échantillons ni des réponses connues ; dernière : { $last }
    { $count ->
        [one] { $count } octet ignoré
       *[other] { $count } octets ignorés
    } avant la première ligne complète après la connexion (flux déjà en cours)
status-rejected-lines =
    { $count ->
        [one] { $count } ligne rejetée
       *[other] { $count } lignes rejetées
    }
status-device-errors =
    { $count ->
        [one] { $count } erreur d’appareil
       *[other] { $count } erreurs d’appareil
    }
status-no-device = Aucun appareil connecté
status-this-computer = cet ordinateur : { $folder }
status-this-computer-tip = les données du cabinet sont dans la base de données de cet ordinateur, dans ce dossier de données
status-clinic-server = serveur du cabinet { $host }/{ $database }
status-clinic-server-tip = les données du cabinet sont sur { $server } (identifiant { $login }) ; les enregistrements sont d’abord journalisés sur cet ordinateur, dans { $folder }
status-server-reachable = SERVEUR JOIGNABLE
status-server-not-reachable = SERVEUR INJOIGNABLE
status-server-not-reachable-tip = l’enregistrement continue : les essais terminés attendent sur cet ordinateur et sont envoyés dès que le serveur répond
status-waiting-for-server =
    { $count ->
        [one] { $count } enregistrement en attente du serveur du cabinet
       *[other] { $count } enregistrements en attente du serveur du cabinet
    }
status-waiting-for-server-tip = conservés sur cet ordinateur ; envoyés automatiquement dès que le serveur répond (ou : { $command })
status-demo-clinic = CABINET DE DÉMO
status-journal-writes-failed =
    { $count ->
        [one] { $count } échec d’écriture au journal
       *[other] { $count } échecs d’écriture au journal
    }

## Shared widgets: the H:Q line

widget-hq-title = I/Q (moment fléchisseurs / extenseurs du genou, 90°)
widget-hq-side =
    { $side ->
        [left] gauche { $value }
       *[right] droite { $value }
    }
widget-hq-no-lever-arm = un ratio de moments exige le bras de levier de chaque essai (ajoutez-le dans Historique, courbes enregistrées, ou avec { $command })
widget-hq-not-both-tests = exige la flexion et l’extension du genou 90/90 de ce côté lors de cette visite
widget-hq-caveat =
    { $side ->
        [left] I/Q gauche { $caveat }
       *[right] I/Q droit { $caveat }
    }
widget-hq-source-no-threshold = { $source } ; aucun seuil défini.
widget-hq-source-threshold = { $source } ; seuil du cabinet : au moins { $threshold }.
widget-side-left = gauche
widget-side-right = droite
widget-side-both = les deux jambes

## Shared widgets: saving a file

widget-save-choose-folder = Choisissez un dossier vide pour l’export
widget-save-folder-gone = le dossier { $folder } n’existe plus
widget-save-no-file-manager = cet ordinateur n’a pas de gestionnaire de fichiers pour l’afficher (« { $program } » n’est pas installé) ; les fichiers sont dans { $folder }
widget-save-file-manager-failed = le gestionnaire de fichiers n’a pas pu être lancé ({ $program } : { $error }) ; les fichiers sont dans { $folder }
widget-save-cannot-create = impossible de créer { $folder } : { $error }
widget-save-no-dialog = Aucune boîte de dialogue de fichier n’a pu être affichée sur ce système : rien n’a encore été enregistré.
widget-save-in-own-folder = L’enregistrer dans le dossier d’export de ForceTrack ({ $folder })
widget-save-not-now = Pas maintenant
widget-save-saved-in-own-folder = Enregistré dans le dossier d’export de ForceTrack (cet ordinateur n’affiche pas de boîte de dialogue de fichier) : { $folder }
widget-save-open-folder = Ouvrir le dossier
widget-save-cannot-show-folder = Impossible d’afficher le dossier : { $error }.

## Athletes, the athlete's page, history, progress charts, trial viewer and the results' wording

## Athlete list

athletes-heading = Athlètes
athletes-search = Rechercher
athletes-search-hint = nom, sport ou identifiant
athletes-show-archived = Afficher les archivés
athletes-add = ➕ Ajouter un athlète
athletes-none-yet = Aucun athlète pour l’instant : ajoutez le premier.
athletes-none-match = Aucun athlète ne correspond.
athletes-col-status = Statut
athletes-col-athlete = Athlète
athletes-col-return-to-sport = Retour au sport
athletes-col-sport = Sport
athletes-col-last-visit = Dernière visite
athletes-col-injury = Blessure
athletes-status-cleared = autorisé
athletes-status-cleared-override = autorisé (dérogation)
athletes-status-in-rehab = en rééducation
athletes-status-flagged = à surveiller
athletes-status-no-injury = aucune blessure
athletes-status-words = autorisé : épisode validé · autorisé (dérogation) : validé malgré une évaluation qui n’était pas « autorisé », avec un motif · en rééducation : épisode lésionnel ouvert · à surveiller : douleur supérieure à 3/10 lors de la dernière visite, ou dernière asymétrie d’un test en zone rouge, sans blessure ou depuis l’autorisation après la blessure
athletes-status-pain = douleur { $pain }/10 lors de la dernière visite
athletes-status-red = { $status } · { $test } en zone rouge
athletes-name-archived = { $name } (archivé)
athletes-open-tip = ouvrir (Entrée) ; ⬆ ⬇ pour naviguer

## Return to sport (the open episode's clearance status, in the list and on the athlete's page)

athletes-rts-all-pass = { $total ->
    [one] { $total } sur { $total } atteint
   *[other] { $total } sur { $total } atteints
}
athletes-rts-without-data = { $none ->
    [one] { $none } sur { $total } sans données
   *[other] { $none } sur { $total } sans données
}
athletes-rts-fail = { $fail ->
    [one] { $fail } sur { $total } non atteint
   *[other] { $fail } sur { $total } non atteints
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } sur { $total } non atteint, { $none } sans données
   *[other] { $fail } sur { $total } non atteints, { $none } sans données
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ critère atteint ({ $total } sur { $total })
   *[other] ✔ les { $total } critères sont atteints
}
athletes-rts-awaiting-signoff-tip = En attente de la validation du clinicien : cliquez pour ouvrir la liste des critères.
athletes-rts-open-checklist-tip = Cliquez pour ouvrir la liste des critères.

## Athlete page

athlete-saved = Enregistré.
athlete-not-restored = Restauration impossible : { $error }
athlete-archived = archivé
athlete-new-session = ▶ Nouvelle séance de tests
athlete-new-session-tip = tester cet athlète maintenant
athlete-edit-profile = Modifier le profil
athlete-archive = Archiver
athlete-unarchive = Désarchiver
athlete-archive-tip = les athlètes archivés sont masqués dans la liste ; rien n’est supprimé
athlete-date-of-birth = Date de naissance
athlete-sex = Sexe
athlete-dominant-leg = Jambe dominante
athlete-sport = Sport
athlete-body-mass = Masse corporelle
athlete-external-id = Identifiant externe
athlete-notes = Notes
athlete-episodes = Épisodes lésionnels
athlete-add-episode = ➕ Ajouter un épisode
athlete-episodes-none = Aucun enregistré.
athlete-episode-injured = blessure le { $date }
athlete-episode-baseline = référence pré-lésionnelle { $date }
athlete-episode-cleared = autorisé le { $date }
athlete-visit-id = visite { $id }
athlete-edit = Modifier
athlete-return-to-sport = Retour au sport
athlete-visits = { $visits ->
    [one] Visites ({ $visits })
   *[other] Visites ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = ouvrir l’historique à cette visite

## Deleted visits on the athlete's page

athlete-deleted-heading = { $days ->
    [one] Visites récemment supprimées (restaurables pendant { $days } jour)
   *[other] Visites récemment supprimées (restaurables pendant { $days } jours)
}
athlete-deleted-trials = { $count ->
    [0] aucun essai
    [one] { $count } essai : { $tests }
   *[other] { $count } essais : { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · supprimée le { $deleted }, restaurable jusqu’au { $until }
athlete-restore-visit = Restaurer la visite du { $date }
athlete-restored = { $count ->
    [0] Visite du { $date } restaurée, sans essai.
    [one] Visite du { $date } restaurée avec { $count } essai : { $tests }.
   *[other] Visite du { $date } restaurée avec ses { $count } essais : { $tests }.
}

## Athlete form (profile)

athlete-form-new = Nouvel athlète
athlete-form-edit = Modifier l’athlète
athlete-given-name = Prénom
athlete-family-name = Nom
athlete-body-mass-kg = Masse corporelle (kg)
athlete-body-mass-hint = p. ex. { $example }
athlete-external-id-hint = facultatif
athlete-form-not-saved = { $problems ->
    [one] Non enregistré : { $problems } problème à corriger (à côté des champs).
   *[other] Non enregistré : { $problems } problèmes à corriger (à côté des champs).
}
athlete-save = Enregistrer l’athlète
athlete-cancel = Annuler

## Injury episode form

athlete-episode-form-new = Nouvel épisode lésionnel
athlete-episode-form-edit = Modifier l’épisode lésionnel
athlete-injury = Blessure
athlete-side = Côté
athlete-grade = Grade
athlete-grade-hint = p. ex. BAMIC 2b
athlete-location = Localisation
athlete-injury-date = Date de la blessure
athlete-baseline = Référence pré-lésionnelle
athlete-baseline-none = aucune
athlete-baseline-tip = une visite antérieure à la blessure, dont les résultats sont la norme propre de l’athlète
athlete-cleared-on = Autorisé le
athlete-not-cleared = non autorisé : une validation dans Retour au sport fixe cette date
athlete-cleared-by-signoff = { $date } (fixé par sa validation)
athlete-save-episode = Enregistrer l’épisode
athlete-problem-injury-date-needed = la date de la blessure est requise
athlete-problem-baseline-after-injury = la visite du { $visit } n’est pas antérieure à la date de la blessure ({ $injury }) : une référence pré-lésionnelle est une visite antérieure à la blessure

## History

history-heading = Historique : { $athlete }
history-no-visits = Aucune visite pour l’instant.
history-hq-tab = Ratio I/Q
history-hq-heading = Ratio I/Q — moment fléchisseurs / extenseurs du genou à 90°, par côté
history-hq-note = { $source } ; seuil du cabinet : au moins { $threshold }. D’après la valeur retenue ({ $summary }).
history-hq-note-no-threshold = { $source } ; aucun seuil défini. D’après la valeur retenue ({ $summary }).
history-hq-hover =
    { $series }
    { $date } : I/Q { $ratio }
history-col-visit = Visite
history-col-left = Gauche
history-col-right = Droite
history-col-asymmetry = Asymétrie
history-col-lsi = LSI
history-col-pain = Douleur (G / D)
history-progress-heading = { $test } — progression ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — progression (répétitions)
history-key-left = ⏺ gauche
history-key-right = ■ droite
history-key-baseline = - - - référence pré-lésionnelle
history-key-injury = | blessure (les courbes s’interrompent)
history-key-mdc = zone ombrée : ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (saisi à la main)
history-damaged = { $count ->
    [one] ⚠ Visite du { $date } : les échantillons enregistrés de l’essai { $trials } sont endommagés ; exclus de tous les résultats (restaurez une sauvegarde pour les récupérer)
   *[other] ⚠ Visite du { $date } : les échantillons enregistrés des essais { $trials } sont endommagés ; exclus de tous les résultats (restaurez une sauvegarde pour les récupérer)
}
history-visits = Visites
history-visit-opened-tip = la visite ouverte depuis la page de l’athlète
history-asymmetry-heading = Tendance de l’asymétrie ({ $formula }, { $definition })
history-asymmetry-bands = points colorés selon la zone de différence en pourcentage : ✔ vert < { $amber } %, ⚠ orange, ✖ rouge ≥ { $red } % — { $source }
history-band-green = ✔ vert
history-band-amber = ⚠ orange
history-band-red = ✖ rouge

## Charts (history)

chart-point-hover =
    { $series }
    { $date } : { $value }
chart-same-day-note = { $count ->
    [one] { $count } visite du même jour n’est pas tracée : chaque jour montre sa dernière visite
   *[other] { $count } visites du même jour ne sont pas tracées : chaque jour montre sa dernière visite
}
chart-kinds-key = marqueurs pleins : { $latest } ; vides : { $others } — non comparables, la courbe s’interrompt au changement de type d’instrument
chart-baseline-left-out = Référence pré-lésionnelle ({ $side }) non tracée : mesurée avec { $baseline }, non comparable aux dernières valeurs ({ $latest })

## Trial viewer (recorded curves)

trial-heading = Courbes enregistrées
trial-visit = Visite
trial-compare-with = Comparer avec
trial-none = aucune
trial-lever-arm = Bras de levier, { $side } (m)
trial-lever-arm-problem = { $side } : { $problem }
trial-save-lever-arms = Enregistrer les bras de levier
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } effacé
trial-lever-arm-saved = Bras de levier enregistré ({ $sides }) : le moment de force et le ratio I/Q l’utilisent.
trial-lever-arm-note = Mesuré après l’enregistrement, ou mal saisi ? Le bras de levier, de l’axe articulaire au point d’appui de l’appareil, donne le moment de force et le ratio I/Q ; laisser vide s’il n’y en a pas.
trial-curve = { $date } { $side } (essai { $trial })
trial-curve-recorded-by = { $date } { $side } (essai { $trial }, enregistré par { $clinician })
trial-key-left = — gauche
trial-key-right = — droite
trial-key-earlier = - - - la visite précédente
trial-key-marks = ■ barre pâle : le repos pris comme ligne de base de chaque répétition   | début   ♦ pic   zone ombrée : RFD 0-50 / 100 / 200 ms
trial-help = Temps depuis le début de la première répétition. Faire glisser pour déplacer, Ctrl + molette pour zoomer, double-clic pour réinitialiser ; survoler pour lire les valeurs.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Results: words shared by the screens and the printed report

results-summary-best = meilleure
results-summary-mean = moyenne
results-reps = { $reps ->
    [one] { $reps } rép.
   *[other] { $reps } rép.
}
results-reps-change = { $count ->
    [one] { $delta } rép.
   *[other] { $delta } rép.
}
results-verdict-improved = amélioration
results-verdict-declined = diminution
results-verdict-within-error = dans l’erreur de mesure
results-verdict-no-mdc = non interprété (pas de MDC pour ce test)
results-verdict-not-comparable = non comparable : appareil ou mode différent
results-change = { $delta }, { $verdict } (depuis le { $date })
results-change-not-comparable = { $verdict } ({ $date } : { $before }, { $before_kinds } ; maintenant { $now }, { $now_kinds })
results-mdc-clinic-setting = réglage du cabinet
results-hq-no-lever-arm = pas de bras de levier
results-hq-source = I/Q = moment des fléchisseurs du genou / moment des extenseurs du genou à 90°. Les déficits persistent après le retour au jeu ({ $maniar }) ; le seuil isocinétique ({ $croisier }) ne s’applique pas aux ratios isométriques : pas de seuil par défaut
results-hq-caveat = { $verdict } (flexion du genou : { $flexion } ; extension du genou : { $extension })
results-problem-bands = les zones d’asymétrie (orange à partir de { $amber } %, rouge à partir de { $red } %) doivent être croissantes, entre 1 % au moins et 80 % au plus
results-problem-rep-threshold = le seuil de détection des répétitions de { $test } ({ $threshold } N) doit être compris entre 1 et 200 N : au-delà, aucune répétition n’est détectée
results-problem-mdc = le MDC de { $test } ({ $mdc }) doit être supérieur à 0 et au plus égal à 1000
results-problem-hq = le ratio I/Q minimal ({ $hq }) doit être compris entre 0,1 et 2

## Flags: a result's quality concerns in plain words

flag-noisy-baseline = force instable avant la traction
flag-not-sustained = maintien non tenu
flag-clipped = maximum de l’appareil atteint : le pic peut être plus élevé
flag-poor-fit = la courbe de force s’ajuste mal au modèle de montée
flag-fit-failed = le modèle de montée n’a pas pu être ajusté
flag-baseline-from-trial-start = pas de moment de repos avant la traction
flag-low-sample-rate = RFD peu fiable sous 200 échantillons/s
flag-inconsistent = répétitions irrégulières (CV supérieur à 10 %)
flag-excluded-rep-not-found = une répétition exclue n’est plus retrouvée dans l’enregistrement

## Return-to-sport clearance

## Verdicts and statuses
clearance-verdict-pass = atteint
clearance-verdict-fail = non atteint
clearance-verdict-no-data = sans données
clearance-verdict-mark-pass = ✔ atteint
clearance-verdict-mark-fail = ✖ non atteint
clearance-verdict-mark-no-data = – sans données
clearance-status-all-pass = tous les critères sont atteints
clearance-status-not-yet = pas encore
clearance-status-incomplete = incomplet
clearance-status-mark-all-pass = ✔ TOUS LES CRITÈRES SONT ATTEINTS
clearance-status-mark-not-yet = ✖ PAS ENCORE
clearance-status-mark-incomplete = ⚠ INCOMPLET
clearance-summary = { $status } : { $reason }
clearance-summary-screening = dépistage : { $status } : { $reason }
clearance-reason-all-pass = { $total ->
    [one] le critère requis est atteint
   *[other] les { $total } critères requis sont atteints
}
clearance-reason-fail-and-no-data = { $total ->
    [one] critères requis non atteints : { $fail } sur { $total }, sans données : { $none }
   *[other] critères requis non atteints : { $fail } sur { $total }, sans données : { $none }
}
clearance-reason-fail = { $total ->
    [one] critères requis non atteints : { $fail } sur { $total }
   *[other] critères requis non atteints : { $fail } sur { $total }
}
clearance-reason-no-data = { $total ->
    [one] critères requis sans données : { $none } sur { $total }
   *[other] critères requis sans données : { $none } sur { $total }
}

## Kinds of criterion (the template editor)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = asymétrie
clearance-kind-absolute = force ou moment absolu
clearance-kind-baseline-percent = % de la référence pré-lésionnelle
clearance-kind-pain = douleur
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = ratio entre deux tests
clearance-kind-reps-count = nombre de répétitions
clearance-kind-provocation = tests de provocation
clearance-kind-manual = vérification manuelle
clearance-kind-any-of = au moins un parmi
clearance-kind-first-with-data = le premier avec données
clearance-kind-tests-done = tests réalisés
clearance-quantity-force-n = force (N)
clearance-quantity-force-n-per-kg = force par kg (N/kg)
clearance-quantity-torque-n-m = moment de force (N·m)
clearance-quantity-torque-n-m-per-kg = moment de force par kg (N·m/kg)

## Thresholds in words
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] moyenne
       *[best] meilleure
    }) ≥ { $percent } %
clearance-threshold-asymmetry = asymétrie ({ $summary ->
        [mean] moyenne
       *[best] meilleure
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] côté atteint
       *[each] chaque côté
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] côté atteint
       *[each] chaque côté
    } ≥ { $percent } % de la valeur pré-lésionnelle
clearance-threshold-pain = douleur ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } ou en progression sur { $count } visite
   *[other] VISA-H ≥ { $score } ou en progression sur { $count } visites
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H en progression sur { $count } visite
   *[other] VISA-H en progression sur { $count } visites
}
clearance-threshold-visa-h-recorded = VISA-H renseigné
clearance-threshold-ratio = { $low }-{ $high } de chaque côté
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] côté atteint ≥ { $count } répétition
           *[other] côté atteint ≥ { $count } répétitions
        }
       *[each] { $count ->
            [one] chaque côté ≥ { $count } répétition
           *[other] chaque côté ≥ { $count } répétitions
        }
    }
clearance-threshold-provocation = tous négatifs
clearance-threshold-manual = coché par le clinicien
clearance-threshold-or = { $first }, ou { $second }
clearance-threshold-else = { $first } ; à défaut de données, { $second }
clearance-threshold-tests-done = { $tests } enregistrés des deux côtés
clearance-join-and = { $first } et { $second }
clearance-join-semicolon = { $first } ; { $second }

## A template's problems (shown when a template is saved or read)
clearance-problem-lsi-percent = LSI { $value } n’est pas un pourcentage
clearance-problem-asymmetry-percent = asymétrie { $value } n’est pas un pourcentage
clearance-problem-baseline-percent = le pourcentage de référence { $value } n’est pas un pourcentage
clearance-problem-threshold-negative = le seuil { $value } doit être un nombre supérieur ou égal à 0
clearance-problem-pain-range = douleur { $value } hors de l’intervalle 0-10
clearance-problem-visa-h-range = VISA-H { $value } hors de l’intervalle 0-100
clearance-problem-improving-visits = la progression exige au moins 2 visites
clearance-problem-ratio-empty = l’intervalle de ratio { $low }-{ $high } est vide
clearance-problem-any-of-empty = « au moins un parmi » exige au moins une option
clearance-problem-first-with-data-empty = « le premier avec données » exige au moins une option
clearance-problem-tests-done-empty = « tests réalisés » exige au moins un test
clearance-problem-no-id = le modèle n’a pas d’identifiant
clearance-problem-no-name = le modèle n’a pas de nom
clearance-problem-no-criteria = le modèle n’a aucun critère
clearance-problem-criterion-no-id = un critère (« { $label } ») n’a pas d’identifiant
clearance-problem-criterion-twice = le critère « { $criterion } » apparaît deux fois
clearance-problem-criterion-no-label = le critère « { $criterion } » n’a pas de libellé
clearance-problem-criterion-no-source = le critère « { $criterion } » n’a pas de source
clearance-problem-criterion-no-test = critère « { $criterion } » : pas de test « { $test } » dans la bibliothèque de tests
clearance-problem-criterion-rule = critère « { $criterion } » : { $problem }
clearance-problem-stored = modèle de retour au sport « { $template } » : { $error }
clearance-problem-stored-unreadable = le modèle de retour au sport « { $template } » est illisible : { $error }
clearance-no-template = aucun modèle de retour au sport « { $template } »
clearance-no-episode = { $athlete } n’a pas d’épisode lésionnel { $episode }
clearance-no-visit = { $athlete } n’a pas de visite { $visit }
clearance-no-visit-to-evaluate = { $athlete } n’a aucune visite à évaluer
clearance-no-visit-for-athlete = pas de visite { $visit } pour cet athlète

## Readings (the values behind a verdict)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = asymétrie
clearance-reading-left = gauche
clearance-reading-right = droite
clearance-reading-highest = max.
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = étirement genou fléchi
clearance-reading-modified-bent-knee-stretch = étirement genou fléchi modifié
clearance-reading-reps = { $count ->
    [one] { $value } rép.
   *[other] { $value } rép.
}
clearance-reading-yes = oui
clearance-reading-no = non
clearance-reading-positive = positif
clearance-reading-negative = négatif
clearance-reading-percent-of-baseline = { $percent } % de la valeur pré-lésionnelle
clearance-agreement = accord de { $percent } %
clearance-agreement-below-consensus = accord de { $percent } % : consensus non atteint
clearance-below-consensus = consensus non atteint
clearance-source-with-agreement = { $source } ({ $agreement })

## Notes (where a value came from, why there is no data)
clearance-note-from-visit = d’après la visite du { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } non enregistré des deux côtés dans un délai de { $days } jour
   *[other] { $test } non enregistré des deux côtés dans un délai de { $days } jours
}
clearance-note-lsi-left-involved = gauche (atteinte) / droite, { $summary ->
        [mean] moyenne
       *[best] meilleure valeur
    }
clearance-note-lsi-right-involved = droite (atteinte) / gauche, { $summary ->
        [mean] moyenne
       *[best] meilleure valeur
    }
clearance-note-lsi-weaker-stronger = côté le plus faible / le plus fort, { $summary ->
        [mean] moyenne
       *[best] meilleure valeur
    }
clearance-note-side-without-force = un côté n’a pas de force
clearance-note-percent-difference = différence en pourcentage, { $summary ->
        [mean] moyenne
       *[best] meilleure valeur
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } non enregistré dans un délai de { $days } jour
   *[other] { $test } non enregistré dans un délai de { $days } jours
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (avec une masse corporelle) non enregistré dans un délai de { $days } jour
   *[other] { $test } (avec une masse corporelle) non enregistré dans un délai de { $days } jours
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (avec un bras de levier) non enregistré dans un délai de { $days } jour
   *[other] { $test } (avec un bras de levier) non enregistré dans un délai de { $days } jours
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (avec un bras de levier et une masse corporelle) non enregistré dans un délai de { $days } jour
   *[other] { $test } (avec un bras de levier et une masse corporelle) non enregistré dans un délai de { $days } jours
}
clearance-note-best-rep = meilleure répétition
clearance-note-best-reps = meilleures répétitions
clearance-note-no-episode = aucun épisode lésionnel
clearance-note-no-baseline-visit = l’épisode n’a pas de visite de référence pré-lésionnelle
clearance-note-baseline-missing = la visite de référence est introuvable
clearance-note-not-at-baseline = { $test } n’a pas été enregistré lors de la visite de référence
# $before et $now : types d'instrument ; sans article, pour éviter l'accord en genre.
clearance-note-not-comparable = non comparable : la valeur pré-lésionnelle du côté { $side ->
        [left] gauche
       *[right] droit
    } provient d’un autre type d’instrument ({ $before }) que celle-ci ({ $now })
clearance-note-baseline = { $summary ->
        [mean] moyenne
       *[best] meilleure valeur
    }, référence du { $date }
clearance-note-no-pain = { $days ->
    [one] aucune douleur enregistrée sur les tests dans un délai de { $days } jour
   *[other] aucune douleur enregistrée sur les tests dans un délai de { $days } jours
}
clearance-note-pain-on = sur { $tests }
clearance-note-no-visa-h = aucun VISA-H enregistré
clearance-note-visa-h-scores = { $needed ->
    [one] scores disponibles pour une tendance : { $have } sur { $needed } nécessaire
   *[other] scores disponibles pour une tendance : { $have } sur { $needed } nécessaires
}
clearance-note-visa-h-rising = en hausse
clearance-note-visa-h-not-rising = pas en hausse à chaque visite
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } et { $denominator } non enregistrés lors d’une même visite dans un délai de { $days } jour
   *[other] { $numerator } et { $denominator } non enregistrés lors d’une même visite dans un délai de { $days } jours
}
clearance-note-no-provocation = { $days ->
    [one] aucun test de provocation enregistré dans un délai de { $days } jour
   *[other] aucun test de provocation enregistré dans un délai de { $days } jours
}
clearance-note-modified-bent-knee-missing = l’étirement genou fléchi modifié (le plus précis) n’a pas été enregistré
clearance-note-not-answered = sans réponse lors de cette visite
clearance-note-answered = répondu le { $date }
clearance-note-answered-by = répondu par { $clinician } le { $date }
clearance-note-option = { $threshold } : { $verdict }
clearance-note-option-with-note = { $threshold } : { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold } : { $note }
clearance-note-decided-by = selon { $threshold }
clearance-note-no-data-for = pas de données pour { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] non enregistrés des deux côtés dans un délai de { $days } jour : { $tests }
   *[other] non enregistrés des deux côtés dans un délai de { $days } jours : { $tests }
}

## Clearance screen
clearance-heading = Autorisation de retour au sport : { $athlete }
clearance-no-visits = Aucune visite pour l’instant : testez d’abord l’athlète.
clearance-no-visit-to-evaluate-here = Aucune visite à évaluer.
clearance-injury = Blessure
clearance-injury-none = aucune (dépistage)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Visite
clearance-template = Modèle
clearance-template-clinic = { $template } (cabinet)
clearance-edit-template = Modifier le modèle
clearance-edit-template-tip = modifier les seuils, les critères requis, ajouter des critères
clearance-copy-and-edit = Copier et modifier
clearance-copy-and-edit-tip = une copie propre au cabinet ; le modèle par défaut reste disponible
clearance-caution = La règle des 10 % appelle à la prudence : des déficits de plus de 10 % étaient fréquents au retour au sport ({ $citation }). Lisez les chiffres et les tendances, pas seulement le verdict.
clearance-name-to-answer = Saisissez votre nom dans la validation ci-dessous pour répondre aux vérifications manuelles : chaque réponse indique son auteur.
clearance-column-verdict = Verdict
clearance-column-criterion = Critère
clearance-column-value = Valeur
clearance-column-threshold = Seuil
clearance-column-trend = Tendance
clearance-column-source = Source
clearance-optional = facultatif
clearance-answer-yes = Oui
clearance-answer-no = Non
clearance-answer-none = Sans réponse
clearance-answer-name = { $criterion } : { $answer ->
        [yes] oui
        [no] non
       *[none] sans réponse
    }
clearance-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] oui
        [no] non
       *[withdrawn] réponse retirée
    }
clearance-check-unnamed = sans nom
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date } : { $value } ({ $verdict })
clearance-print-report = Imprimer le rapport (PDF)…
clearance-report-csv = Rapport en CSV…
clearance-report-csv-tip = le même contenu, pour les logiciels de dossiers patients
clearance-paper = Papier
clearance-paper-a4 = A4
clearance-paper-letter = Lettre US
clearance-report-wrote = Fichier écrit : { $path }
clearance-not-saved = Non enregistré : { $error }

## Clearance banner
clearance-banner-cleared = ✔ AUTORISÉ
clearance-banner-cleared-override = ✔! AUTORISÉ PAR DÉROGATION
clearance-banner-signed = Signé par { $clinician } le { $at } : { $status }.
clearance-banner-screening = Un dépistage : pas d’épisode lésionnel, donc rien à autoriser.
clearance-banner-not-signed = Non signé : l’athlète n’est autorisé que lorsqu’un clinicien signe.
clearance-banner-changed-since = Depuis la validation, les critères indiquent « { $summary } » (une réponse ou un résultat a changé).
clearance-banner-context = { $days ->
    [one] { $episode } · évalué lors de la visite du { $date } · les résultats datant de { $days } jour au plus comptent · modèle : { $source }
   *[other] { $episode } · évalué lors de la visite du { $date } · les résultats datant de { $days } jours au plus comptent · modèle : { $source }
}
clearance-banner-no-episode = aucun épisode lésionnel (dépistage)

## Sign-off
clearance-signoff = Validation
clearance-signoff-newer-not-yet = ⚠ Ceci est la visite du { $date } ; une visite plus récente, du { $newer }, indique { $status } : { $summary }. Signer cette visite plus ancienne va à l’encontre de la plus récente.
clearance-signoff-clinician = Clinicien
clearance-signoff-login-tip = votre identifiant sur le serveur du cabinet signe cette validation
clearance-signoff-your-name = votre nom
clearance-signoff-note = Note
clearance-signoff-note-optional = facultative
clearance-signoff-note-why = pourquoi vous signez une évaluation dont les critères ne sont pas tous atteints
clearance-signoff-close-episode = Clore l’épisode lésionnel : autorisé à reprendre le sport le { $date }
clearance-signoff-close-episode-tip = { $episode } se termine ; la liste des athlètes affiche l’athlète comme autorisé
clearance-signoff-closes-by-override = L’épisode lésionnel se clôt avec cette validation : autorisé par dérogation le { $date }, contre l’évaluation (« { $status } »).
clearance-signoff-stays-open = L’épisode lésionnel reste ouvert : seule la signature d’une évaluation dont tous les critères sont atteints le clôt (celle-ci est « { $status } »).
clearance-signoff-override = Autoriser malgré tout le retour au sport (déroger à l’évaluation)
clearance-signoff-override-tip = clôt l’épisode comme autorisé malgré les critères ; la note en donne le motif, obligatoire, et l’athlète apparaît comme « autorisé (dérogation) » dans la liste, les rapports et l’historique des validations
clearance-signoff-sign-override = Signer : autoriser contre cette évaluation ({ $status })
clearance-signoff-sign-cleared = Signer : autorisé à reprendre le sport
clearance-signoff-sign-screening = Signer ce dépistage
clearance-signoff-sign-evaluation = Signer cette évaluation ({ $status })
clearance-signoff-signing = Signature…
clearance-signoff-already = Signé par { $clinician } le { $at }. Une nouvelle validation est possible dès qu’une réponse ou un résultat change.
clearance-signoff-enter-name = Saisissez votre nom pour signer.
clearance-signoff-override-reason-needed = Le motif de la dérogation est requis (dans la note).
clearance-signoff-newer-reason-needed = Le motif de la clôture contre la visite plus récente est requis (dans la note).
clearance-signoff-note-needed = Une note est requise pour signer une évaluation dont les critères ne sont pas tous atteints.
clearance-signoff-signed-by = Validé par { $clinician }.
clearance-signoff-earlier = Validations précédentes
clearance-signoff-status = { $status ->
        [cleared] autorisé
        [screened] dépistage
        [not_yet] pas encore
        [incomplete] incomplet
        [all_pass] tous atteints
        [cleared_override] autorisé par dérogation
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, visite du { $visit }
clearance-signoff-override-of = Dérogation à une évaluation « { $status } ». { $note }
clearance-signoff-unknown = inconnu
clearance-signoff-unreadable = L’évaluation signée est illisible.

## Template editor
clearance-editor-title = Modèle : { $template }
clearance-editor-copy-of = Copie propre au cabinet de « { $template } » ; le modèle par défaut reste disponible.
clearance-editor-name = Nom
clearance-editor-max-age = Validité des résultats (jours)
clearance-editor-used-for = Utilisé pour
clearance-editor-required = requis
clearance-editor-remove = Supprimer
clearance-editor-remove-tip = supprimer « { $criterion } »
clearance-editor-label = Libellé
clearance-editor-source = Source
clearance-editor-new-criterion = Nouveau critère
clearance-editor-add-criterion = Ajouter un critère
clearance-editor-new-criterion-label = Nouveau critère : { $kind }
clearance-editor-new-criterion-source = choix du cabinet
clearance-editor-save = Enregistrer le modèle
clearance-editor-cancel = Annuler
clearance-editor-delete = Supprimer le modèle
clearance-editor-delete-tip = uniquement la copie du cabinet
clearance-editor-test = Test
clearance-editor-divided-by = divisé par
clearance-editor-per-side = Par côté
clearance-editor-best = meilleure
clearance-editor-mean = moyenne
clearance-editor-sides = Côtés
clearance-editor-each = chaque
clearance-editor-involved = atteint
clearance-editor-lsi-at-least = LSI minimal (%)
clearance-editor-asymmetry-at-most = Asymétrie maximale (%)
clearance-editor-quantity = Grandeur
clearance-editor-at-least = Au moins
clearance-editor-at-least-baseline = Au moins (% de la valeur pré-lésionnelle)
clearance-editor-pain-at-most = Douleur maximale (0-10), sur chaque test de la visite
clearance-editor-visa-h-at-least = VISA-H minimal
clearance-editor-score = Score
clearance-editor-or-improving = ou en progression
clearance-editor-over-visits = sur (visites)
clearance-editor-between = entre
clearance-editor-and = et
clearance-editor-reps-at-least = Au moins (répétitions)
clearance-editor-provocation = Les tests de provocation enregistrés lors de la visite sont tous négatifs.
clearance-editor-manual = Coché par le clinicien à chaque visite.
clearance-editor-any-of = Atteint dès qu’un de ces critères est atteint :
clearance-editor-first-with-data = Le premier de ces critères disposant de données décide :
clearance-editor-tests-done = Chacun de ces tests enregistré des deux côtés :

## Built-in templates (their names, criteria and sources)
clearance-hamstring-strain-name = Lésion musculaire des ischio-jambiers
clearance-hamstring-strain-source = { $citation1 } (consensus Delphi sur le retour au jeu après une lésion des ischio-jambiers), avec des seuils objectifs
clearance-hamstring-strain-knee-flexion-90-lsi-label = Flexion isométrique du genou 90/90 : LSI d’au moins 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Flexion isométrique du genou, procubitus 0-30° : LSI d’au moins 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 } ; évaluation en fin d’amplitude d’après { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nordic : LSI d’au moins 90 %
clearance-hamstring-strain-nordic-strength-label = Nordic : au moins 337 N pour chaque jambe, ou au moins 100 % de la référence pré-lésionnelle
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (football : < 337 N augmente le risque de lésion des ischio-jambiers)
clearance-hamstring-strain-no-pain-label = Aucune douleur (0/10) pendant les tests de force
clearance-hamstring-strain-bridge-lsi-label = Pont unipodal ischio-jambiers : LSI d’au moins 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 } ; test d’après { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Pont unipodal ischio-jambiers : au moins 25 répétitions de chaque côté
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (moins d’environ 20 : faible ; environ 25 : moyen ; plus de 30 : bon)
clearance-hamstring-strain-palpation-pain-free-label = Pas de douleur à la palpation
clearance-hamstring-strain-flexibility-symmetric-label = Souplesse des ischio-jambiers comparable au côté opposé
clearance-hamstring-strain-field-tests-done-label = Tests de terrain spécifiques au sport réalisés
clearance-hamstring-strain-athlete-ready-label = L’athlète se sent prêt
clearance-hamstring-london-2023-name = Lésion des ischio-jambiers, consensus de Londres 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Flexion isométrique du genou 90/90 : à moins de 10 % de la valeur pré-lésionnelle (si elle existe, sinon LSI d’au moins 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Flexion isométrique du genou, procubitus 0-30° : à moins de 10 % de la valeur pré-lésionnelle (si elle existe, sinon LSI d’au moins 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nordic : à moins de 10 % de la valeur pré-lésionnelle (si elle existe, sinon LSI d’au moins 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Pic de force isométrique testé en course moyenne et en course externe (flexion du genou à 90° et à 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Pas d’appréhension
clearance-hamstring-london-2023-athlete-ready-label = État de préparation auto-évalué par l’athlète
clearance-hamstring-london-2023-sprint-loads-done-label = Charges de sprint proches du niveau de match réalisées
clearance-hamstring-london-2023-running-pain-mild-label = Douleur à la course tout au plus légère, et pas plus forte 24 heures après
clearance-proximal-hamstring-tendinopathy-name = Tendinopathie proximale des ischio-jambiers
clearance-proximal-hamstring-tendinopathy-source = d’après { $citation1 } (progression de la charge) et { $citation2 } (suivi de la douleur)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Douleur pendant les tests en charge d’au plus 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 sûr, 4-5 acceptable, au-delà de 5 non acceptable)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Douleur le lendemain matin pas plus forte qu’avant
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H en progression sur les 3 dernières visites
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H) ; un score cible relève du choix du cabinet
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Flexion isométrique du genou, procubitus 0-30° : LSI d’au moins 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Extension isométrique de hanche : LSI d’au moins 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Tests de provocation négatifs
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (étirement genou fléchi modifié : sensibilité 89 %, spécificité 91 %)
clearance-glute-hip-name = Force des fessiers / de la hanche
clearance-glute-hip-source = symétrie comme pour les critères ischio-jambiers ; normes adduction/abduction de hanche d’après { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Abduction isométrique de hanche : LSI d’au moins 90 %
clearance-glute-hip-hip-abduction-lsi-source = la règle de symétrie à 90 % des critères ischio-jambiers ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Extension isométrique de hanche : LSI d’au moins 90 %
clearance-glute-hip-hip-extension-lsi-source = la règle de symétrie à 90 % des critères ischio-jambiers ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Ratio adduction/abduction entre 1,0 et 1,4 de chaque côté
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (football professionnel : 1,2 ± 0,2)

## The printed report (PDF), the report's CSV text, the methods behind the numbers, and the
## Export screen. The report is made in a language chosen for it, which may differ from the app's.

## Methods: one sentence per fact, in the words of a clinical methods section

methods-sentence = { $label } : { $text }.
methods-list-and = { $rest } et { $last }
methods-label-analysis = Analyse
methods-label-reps = Répétitions
methods-label-onset = Début de l’effort
methods-label-rfd = RFD
methods-label-result = Résultat
methods-label-asymmetry = Asymétrie
methods-label-lsi = LSI
methods-label-hq = I/Q
methods-label-mdc = MDC95
methods-label-devices = Appareils
methods-label-left-out = Exclusions
methods-analysis = courbes force-temps analysées par ForceTrack (révision d’analyse { $revision }) ; chaque répétition est mesurée à partir de sa propre ligne de base, les { $window } ms les plus stables avant sa montée
# ET = écart type (SD en anglais).
methods-reps-auto = une répétition commence lorsque la force dépasse max({ $floor }, { $multiple } × l’ET de la ligne de base de l’essai)
methods-reps-fixed = une répétition commence au-delà d’un seuil fixe de { $threshold }
methods-reps-with-fixed = { $rule } (seuil fixe : { $fixed })
methods-threshold-for-test = { $threshold } pour { $test }
methods-onset = force dépassant la ligne de base de la répétition de plus de max({ $floor }, { $multiple } × l’ET de la ligne de base)
methods-rfd = taux de développement de la force sur { $windows } ms à partir du début de l’effort, pic de RFD sur une fenêtre glissante de { $peak } ms ; { $low_rate }
methods-result =
    { $summary ->
        [mean] le pic de force moyen des répétitions retenues, par côté, sert au calcul de l’asymétrie et de l’évolution ; CV = ET / moyenne × 100, répétitions irrégulières au-delà de { $cv } %
       *[best] le meilleur (plus élevé) pic de force des répétitions retenues, par côté, sert au calcul de l’asymétrie et de l’évolution ; CV = ET / moyenne × 100, répétitions irrégulières au-delà de { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }) ; vert en dessous de { $amber } %, orange à partir de { $amber } %, rouge à partir de { $red } % de déséquilibre ({ $source }, publié pour le Nordic uniquement ; une convention pour les autres tests)
methods-lsi = côté atteint / côté sain × 100 (côté le plus faible / le plus fort en l’absence de côté blessé)
methods-hq = moment fléchisseurs / extenseurs du genou à 90° par côté (force × bras de levier) ; { $threshold } ({ $source } ; le seuil isocinétique de { $other_value } de { $other_source } ne s’applique pas aux ratios isométriques)
methods-hq-no-threshold = aucun seuil défini
methods-hq-threshold = seuil du cabinet : au moins { $value }
methods-mdc-percent = { $value } % du résultat précédent
methods-mdc-for-tests = { $value } pour { $tests } ({ $source })
methods-mdc-none-for-tests = aucun pour { $tests }, dont les évolutions sont présentées telles que mesurées
methods-mdc = le changement minimal détectable ; une évolution inférieure est dans l’erreur de mesure : { $list }
methods-unknown-rate = fréquence inconnue
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, enregistré et saisi à la main
methods-device-entered-by-hand = { $device }, saisi à la main (pic de chaque répétition)
methods-reps-counted = répétitions comptées par le clinicien
methods-source-for-tests = { $source } pour { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } essai exclu de tous ces résultats : { $list }
       *[other] { $count } essais exclus de tous ces résultats : { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } ligne exclue de tous ces résultats : { $list }
       *[other] { $count } lignes exclues de tous ces résultats : { $list }
    }

## Report: the title and the athlete

report-title = Bilan de force et de retour au sport
report-subtitle = { $name } · visite du { $date }
report-fact-athlete = Athlète
report-fact-date-of-birth = Date de naissance
report-fact-profile = Profil
report-fact-external-id = Identifiant externe
report-fact-injury = Blessure
report-fact-injured-on = Date de la blessure
report-fact-baseline = Référence pré-lésionnelle
report-fact-cleared-on = Autorisé le
report-fact-visit = Visite
report-fact-visa-h = VISA-H
report-fact-provocation = Tests de provocation
report-fact-notes = Notes
report-dominant-leg =
    { $side ->
        [left] jambe dominante gauche
       *[right] jambe dominante droite
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } jour avant cette visite)
       *[other] { $date } ({ $days } jours avant cette visite)
    }
report-baseline-none = aucune enregistrée
report-baseline-visit = visite du { $date }
report-no-episode = aucun épisode lésionnel (dépistage)
report-visit-clinician = clinicien { $name }
report-visit-body-mass = masse corporelle { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = étirement genou fléchi
report-provocation-modified-bent-knee-stretch = étirement genou fléchi modifié
report-provocation-result =
    { $result ->
        [positive] { $test } positif
       *[negative] { $test } négatif
    }
report-provocation-value = { $tests } ({ $source })

## Report: the results of the visit

report-results-heading = Résultats de cette visite (forces en { $unit })
report-col-test = Test
report-col-side = Côté
report-col-best = Meilleure
report-col-mean = Moyenne
report-col-cv = CV
report-col-pain = Douleur
report-col-asymmetry = Asymétrie
report-col-lsi = LSI
report-col-change = Évolution
report-band =
    { $band ->
        [green] vert
        [amber] orange
       *[red] rouge
    }
report-asymmetry-with-band = { $asymmetry } ({ $band })
report-change-other-device = autre appareil : { $value } le { $date }, { $instruments }
report-change-first-visit = première visite
report-no-tests = Aucun test n’a été enregistré lors de cette visite.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side } : { $flags }
report-read-with-care = À interpréter avec prudence : { $items }.
report-entered-by-hand = Saisi à la main (pic de chaque répétition relevé sur l’écran de l’appareil ; pas de métriques de courbe) : { $items }.
report-note-summary =
    { $summary ->
        [mean] « Meilleure » désigne la meilleure répétition, les nombres sont des répétitions ; l’asymétrie, le LSI et l’évolution utilisent la moyenne par côté (voir les méthodes).
       *[best] « Meilleure » désigne la meilleure répétition, les nombres sont des répétitions ; l’asymétrie, le LSI et l’évolution utilisent la meilleure valeur par côté (voir les méthodes).
    }
report-note-other-device = Autre appareil : la valeur précédente a été mesurée avec un autre type d’appareil ou dans un autre mode (sa valeur, sa date et l’appareil sont indiqués) ; l’évolution n’est comparée qu’au sein d’un même type d’appareil.
report-hq-below = { $ratio } (inférieur)
report-hq-earlier-item = { $date } : G { $left } D { $right }
report-hq-line = I/Q (moment fléchisseurs / extenseurs du genou à 90°) le { $date } : gauche { $left }, droite { $right } ; { $threshold }.
report-hq-earlier = Précédemment : { $items }.
report-hq-caveat = I/Q { $side } { $caveat }.

## Report: progress over visits

report-progress-heading = Progression au fil des visites
report-progress-legend = Gauche : cercles bleus ; droite : carrés orange ; tirets : référence pré-lésionnelle ; pointillés rouges : seuils de risque publiés ; trait rouge plein : la blessure (les courbes s’y interrompent) ; marqueurs vides : un autre type d’instrument que les dernières valeurs (non comparable : les courbes s’y interrompent aussi) ; un point par jour (la dernière visite du jour).
report-chart-title = { $test } ({ $unit })
report-unit-reps = rép.
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Seuils : { $thresholds }
report-methods-heading = Méthodes

## Report: return-to-sport clearance and sign-off

report-clearance-heading = Autorisation de retour au sport : { $template }
report-status-cleared-signed = AUTORISÉ (signé)
report-status-cleared-override-signed = AUTORISÉ PAR DÉROGATION (signé)
report-status-screening-all-pass = DÉPISTAGE : TOUS LES CRITÈRES SONT ATTEINTS
report-status-all-pass-not-signed = TOUS LES CRITÈRES SONT ATTEINTS (non signé)
report-status-not-yet = PAS ENCORE AUTORISÉ
report-status-incomplete = INCOMPLET
report-evaluated-at = { $reason } (évalué lors de la visite du { $date })
report-clearance-template =
    { $days ->
        [one] Modèle : { $source }. Les résultats datant au plus de { $days } jour avant la visite comptent. L’athlète n’est autorisé que lorsqu’un clinicien signe une évaluation dont tous les critères requis sont atteints ; le clinicien décide.
       *[other] Modèle : { $source }. Les résultats datant au plus de { $days } jours avant la visite comptent. L’athlète n’est autorisé que lorsqu’un clinicien signe une évaluation dont tous les critères requis sont atteints ; le clinicien décide.
    }
report-col-verdict = Verdict
report-col-criterion = Critère
report-col-value = Valeur
report-col-threshold = Seuil
report-col-source = Source
report-col-trend = Tendance
report-criterion-optional = { $criterion } (facultatif)
report-value-with-note = { $value } ({ $note })
report-trend-key = Tendance : le critère lors des dernières visites de l’épisode, de la plus ancienne à la plus récente (+ atteint, x non atteint, · sans données).
report-ten-percent-caution = La règle des 10 % appelle à la prudence : des déficits de plus de 10 % étaient fréquents au retour au sport ({ $source }). Lisez les chiffres et les tendances, pas seulement le verdict.
report-signoff-heading = Validation
report-signed-by = Signé par { $clinician } le { $date } avec le statut « { $status } ».
report-answer-yes = oui
report-answer-no = non
report-answer-withdrawn = réponse retirée
report-answer-changed = { $check } : { $answer }, par { $clinician } le { $date }
report-answers-changed = Réponses modifiées après cette validation (la liste ci-dessus montre ce qui a été signé) : { $items }.
report-not-signed = Pas encore validé dans ForceTrack.
report-sign-clinician = Clinicien
report-sign-date = Date
report-sign-signature = Signature

## Report: each page's footer and the PDF's properties (drawn by draw.rs)

report-pdf-title = Rapport ForceTrack : { $name }, { $date }
report-footer = { $name } · visite du { $date } · généré par ForceTrack le { $made }
report-page-of = page { $page } sur { $pages }

## Report: the CSV's text column (the column names and ids stay English)

report-csv-entered-by-hand = saisi à la main
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict } : { $criterion } ; seuil { $threshold }
report-csv-criterion-optional = { $verdict } (facultatif) : { $criterion } ; seuil { $threshold }
report-csv-and = { $text } ; { $more }
report-csv-answer-withdrawn = retirée
report-csv-answer-changed = { $answer }, par { $clinician } le { $date }

## The Export screen

export-heading = Export
export-kind-visit-summary = Synthèse de la visite (une ligne par test et par côté)
export-kind-history = Historique de l’athlète (une ligne par visite et par test)
export-kind-traces = Courbes brutes (un CSV par essai)
export-kind-all = Tout (toutes les tables et courbes, pour la recherche ou un autre ordinateur)
export-athlete = Athlète : { $name }
export-open-athlete-first = Ouvrez d’abord un athlète (ou exportez tout).
export-all-visits = toutes les visites
export-visit = Visite
export-separator = Séparateur
export-separator-comma = virgule
export-separator-semicolon = point-virgule
export-separator-tab = tabulation
export-decimal-comma = virgule décimale (1,5)
export-decimal-comma-needs-separator = une virgule décimale exige un autre séparateur : choisissez point-virgule ou tabulation
export-bom = Excel (UTF-8 avec BOM)
export-bom-tip = Commence le fichier par une marque d’ordre des octets (BOM), pour qu’Excel lise correctement les noms dans toutes les écritures. Pour la synthèse de la visite et l’historique de l’athlète.
export-no-visits = Cet athlète n’a encore aucune visite.
export-button = Exporter…
export-visits-not-read = Impossible de lire les visites : { $error }
export-cannot-create = impossible de créer { $path } : { $error }
export-choose-visit = choisissez une visite
export-open-athlete = ouvrez d’abord un athlète
export-wrote-rows =
    { $rows ->
        [one] { $rows } ligne écrite dans { $path }
       *[other] { $rows } lignes écrites dans { $path }
    }
export-wrote-traces =
    { $files ->
        [one] { $files } fichier de courbe écrit dans { $path }
       *[other] { $files } fichiers de courbes écrits dans { $path }
    }
export-exported-all = Export de { $athletes }, { $visits } et { $trials } vers { $path }
export-count-athletes =
    { $count ->
        [one] { $count } athlète
       *[other] { $count } athlètes
    }
export-count-visits =
    { $count ->
        [one] { $count } visite
       *[other] { $count } visites
    }
export-count-trials =
    { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } essai exclu, endommagé : { $list }
       *[other] { $count } essais exclus, endommagés : { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } ligne exclue, endommagée : { $list }
       *[other] { $count } lignes exclues, endommagées : { $list }
    }

## The report's choices (beside the report's buttons)

export-report-language = Langue du rapport
export-report-language-tip = Le rapport est rédigé dans cette langue, quelle que soit la langue de l’application.

## Report: text no font on this computer can print
# $place : un des messages report-place-* (précédé de « dans »).
report-unprintable = le rapport ne peut pas être imprimé : aucune police de cet ordinateur ne contient le caractère « { $char } » ({ $code }) dans { $place } (installez une police qui le contient : sous Debian et Ubuntu, fonts-noto-core et fonts-noto-cjk ; ou modifiez le texte)
report-place-athlete = le nom de l’athlète « { $name } »
report-place-clinician = le nom du clinicien « { $name } »
report-place-signer = le nom du clinicien signataire « { $name } »
report-place-page = « { $text } » en page { $page }

## Built-in data: tests, batteries, device profiles, and the words of the model

## Built-in tests
# -lever-arm s'affiche après « mesure : » (run-lever-arm-tip) : écrit « de … à … ».

## Test: Nordic hamstring exercise

test-nordic-name = Exercice Nordic hamstring
test-nordic-position = À genoux sur le plateau rembourré, chevilles dans les sangles au-dessus des capteurs de force, hanches en extension, bras croisés ou prêts à amortir la chute.
test-nordic-cue = Penchez-vous en avant le plus lentement possible, gardez les hanches alignées, résistez jusqu’en bas.
test-nordic-lever-arm = de l’interligne articulaire du genou au centre de la sangle de cheville
test-nordic-notes = Excentrique, les deux jambes simultanément ; meilleure de 3 par jambe.
test-nordic-threshold-1 = Risque, début de présaison
test-nordic-threshold-2 = Risque, fin de présaison
test-nordic-threshold-3 = Risque (football)
test-nordic-norm-1 = Attendu par jambe ≈ 4 × masse corporelle + 26

## Test: Isometric knee flexion 90/90

test-knee-flexion-iso-90-name = Flexion isométrique du genou 90/90
test-knee-flexion-iso-90-position = Décubitus dorsal, hanche et genou à 90°, talon sur le coussinet du dynamomètre (ou du cadre fixe) au tiers distal de la jambe.
test-knee-flexion-iso-90-cue = Tirez le talon vers le bas dans le coussinet aussi fort que possible, montez en force sur une seconde et maintenez.
test-knee-flexion-iso-90-lever-arm = de l’interligne articulaire du genou au centre du coussinet
test-knee-flexion-iso-90-notes = Make test, 3 maintiens de 3-5 s, 30 s de repos, meilleure valeur.

## Test: Isometric knee flexion, prone 0-30°

test-knee-flexion-iso-30-name = Flexion isométrique du genou, procubitus 0-30°
test-knee-flexion-iso-30-position = Procubitus, genou fléchi à 0-30° (15° comme dans Reurink 2016), coussinet au talon.
test-knee-flexion-iso-30-cue = Fléchissez le genou contre le coussinet aussi fort que possible et maintenez.
test-knee-flexion-iso-30-lever-arm = de l’interligne articulaire du genou au centre du coussinet
test-knee-flexion-iso-30-notes = Test en fin d’amplitude utilisé après une lésion des ischio-jambiers (Reurink et al. 2016 ont testé à 15°).

## Test: Isometric posterior chain 90/20

test-ipc-90-20-name = Chaîne postérieure isométrique 90/20
test-ipc-90-20-position = Décubitus dorsal, talon sur la plateforme de force posée sur un caisson, hanche à 90°, genou à 20° ; l’autre jambe relâchée.
test-ipc-90-20-cue = Enfoncez le talon dans la plateforme aussi fort et aussi vite que possible et maintenez 3 secondes.
test-ipc-90-20-lever-arm = du centre articulaire de la hanche au point de contact du talon
test-ipc-90-20-notes = Une jambe, 3 × 3 s, meilleure valeur.

## Test: Isometric hip extension

test-hip-extension-iso-name = Extension isométrique de hanche
test-hip-extension-iso-position = Procubitus, genou fléchi à 90°, dynamomètre sur la face postérieure de la cuisse, juste au-dessus du genou.
test-hip-extension-iso-cue = Soulevez la cuisse contre ma main aussi fort que possible et maintenez.
test-hip-extension-iso-lever-arm = du grand trochanter au centre du dynamomètre
test-hip-extension-iso-notes = Grand fessier ; meilleure de 3.

## Test: Isometric hip abduction

test-hip-abduction-iso-name = Abduction isométrique de hanche
test-hip-abduction-iso-position = Décubitus dorsal (ou latéral), jambe tendue, dynamomètre 5 cm au-dessus de la malléole latérale.
test-hip-abduction-iso-cue = Poussez la jambe vers l’extérieur contre ma main aussi fort que possible et maintenez.
test-hip-abduction-iso-lever-arm = de l’épine iliaque antéro-supérieure au centre du dynamomètre
test-hip-abduction-iso-notes = Moyen fessier ; meilleure de 3.
test-hip-abduction-iso-norm-1 = Football professionnel (excentrique)

## Test: Isometric hip adduction

test-hip-adduction-iso-name = Adduction isométrique de hanche
test-hip-adduction-iso-position = Décubitus dorsal, jambe tendue, dynamomètre 5 cm au-dessus de la malléole médiale.
test-hip-adduction-iso-cue = Serrez la jambe vers l’autre aussi fort que possible et maintenez.
test-hip-adduction-iso-lever-arm = de l’épine iliaque antéro-supérieure au centre du dynamomètre
test-hip-adduction-iso-notes = Meilleure de 3.
test-hip-adduction-iso-norm-1 = Ratio adduction/abduction

## Test: Isometric knee extension 90/90

test-knee-extension-iso-90-name = Extension isométrique du genou 90/90
test-knee-extension-iso-90-position = Assis, hanche et genou à 90°, dynamomètre fixé par une sangle (ou cadre fixe) au tiers distal de la jambe, juste au-dessus de la cheville.
test-knee-extension-iso-90-cue = Poussez le tibia vers l’avant contre le coussinet aussi fort que possible, montez en force sur une seconde et maintenez.
test-knee-extension-iso-90-lever-arm = de l’interligne articulaire du genou au centre du coussinet, au tiers distal de la jambe
test-knee-extension-iso-90-notes = Make test, 3 maintiens de 3-5 s, 30 s de repos, meilleure valeur. Pour le ratio ischio-jambiers/quadriceps (I/Q), avec la flexion isométrique du genou 90/90 (Maniar et al. 2016 : les déficits du ratio I/Q persistent après le retour au jeu).

## Test: Knee flexion break test

test-knee-flexion-break-name = Break test de flexion du genou
test-knee-flexion-break-position = Procubitus, genou à 90°, dynamomètre au talon.
test-knee-flexion-break-cue = Gardez le genou fléchi contre moi ; ne me laissez pas le tendre.
test-knee-flexion-break-lever-arm = de l’interligne articulaire du genou au centre du dynamomètre
test-knee-flexion-break-notes = Les break tests donnent des valeurs supérieures de 16-51 % à celles des make tests : ne comparez jamais les deux.

## Test: Single-leg hamstring bridge

test-single-leg-bridge-name = Pont unipodal ischio-jambiers
test-single-leg-bridge-position = Décubitus dorsal, talon de la jambe testée sur un caisson de 60 cm, genou légèrement fléchi, l’autre jambe à la verticale, bras croisés.
test-single-leg-bridge-cue = Poussez sur le talon et montez complètement le bassin à chaque répétition, jusqu’à ne plus pouvoir continuer.
test-single-leg-bridge-lever-arm = sans objet
test-single-leg-bridge-notes = Répétitions jusqu’à l’échec, une série par côté : moins d’environ 20 faible, environ 25 moyen, plus de 30 bon.
test-single-leg-bridge-threshold-1 = Faible
test-single-leg-bridge-threshold-2 = Bon
test-single-leg-bridge-norm-1 = Moyen

## Built-in batteries (ordered sets of tests done in one session)

battery-hamstring-strain-name = Lésion musculaire des ischio-jambiers
battery-proximal-hamstring-tendinopathy-name = Tendinopathie proximale des ischio-jambiers
battery-glute-hip-name = Fessiers / hanche

## Body regions a test belongs to

region-hamstring = Ischio-jambiers
region-glute-hip = Fessiers / hanche
region-quadriceps = Quadriceps

## What instrument a test is done with

device-kind-hhd = dynamomètre manuel
device-kind-hhd-or-fixed-frame = dynamomètre manuel ou cadre fixe
device-kind-dual-load-cell = double capteur de force (banc Nordic)
device-kind-force-plate = plateforme de force
device-kind-none = aucun (nombre saisi)

## The kind of instrument a trial was measured with (results of different kinds are not compared)

device-kind-instrument-handheld = dynamomètre manuel
device-kind-instrument-fixed-frame = cadre fixe
device-kind-instrument-load-cell-rig = banc à capteurs de force
device-kind-instrument-force-plate = plateforme de force

## Types of muscle action

contraction-isometric = isométrique
contraction-eccentric = excentrique
contraction-eccentric-break = excentrique (break test)
contraction-endurance = endurance

## Numbers read off a rep's force curve, beyond its peak force

test-metric-time-to-peak = Temps jusqu’au pic
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Meilleure moyenne sur 1 s

## Sides (legs)

side-left = gauche
side-right = droite
side-both = les deux
side-left-letter = G
side-right-letter = D
side-both-letter = G+D

## An athlete's sex as recorded on the profile

model-sex-female = féminin
model-sex-male = masculin
model-sex-other = autre

## Injuries

model-injury-hamstring-strain = Lésion musculaire des ischio-jambiers
model-injury-proximal-hamstring-tendinopathy = Tendinopathie proximale des ischio-jambiers
model-injury-distal-hamstring-tendinopathy = Tendinopathie distale des ischio-jambiers
model-injury-gluteal-tendinopathy = Tendinopathie glutéale
model-injury-other = Autre
model-location-bf-long-head = chef long du biceps fémoral
model-location-bf-short-head = chef court du biceps fémoral
model-location-semitendinosus = semi-tendineux
model-location-semimembranosus = semi-membraneux
model-location-tendon = tendon
model-injury-grade = grade { $grade }

## A clinician's sign-off of a return-to-sport evaluation

model-signoff-status-all-pass = tous atteints
model-signoff-status-not-yet = pas encore
model-signoff-status-incomplete = incomplet
model-signoff-status-override = autorisé par dérogation, contre l’évaluation
model-signoff-override-reason = Motif de la dérogation : { $note }
model-signoff-note = Note : { $note }

## Built-in device profiles
# Noms de produits, commandes (?C, LIST, ?, D, v, UNITS), réglages de profil (serial.baud, ...)
# et noms de menus et de formats (Numeric Only) restent tels quels.

profile-mark10-name = Dynamomètre Mark-10 Series 5/7
profile-mark10-notes = Interrogé avec ?C à 50 Hz ; l’unité est lue sur le dynamomètre (LIST) à la connexion. Réglez le dynamomètre sur 115200 bauds (ou modifiez serial.baud) et quittez son menu (il ne répond que depuis l’écran principal). La traction est lue en négatif.
profile-mark10-hint-1 = ceci ressemble à un dynamomètre Mark-10 Series 4, qui ne connaît que « ? » et répond *10 aux autres commandes
profile-mark10-hint-2 = ceci ressemble à un dynamomètre Mark-10 Series 4, qui ne connaît que « ? » et répond *10 aux autres commandes
profile-mark10-series4-name = Dynamomètre Mark-10 Series 4
profile-mark10-series4-notes = Interrogé avec ? à 20 Hz. Le dynamomètre doit envoyer son unité (format de données avec unités, pas Numeric Only). Il n’a pas de commande de mise à zéro : ForceTrack tare par logiciel. La traction est lue en négatif.
profile-chronojump-force-sensor-name = Capteur de force Chronojump (Arduino + HX711)
profile-chronojump-force-sensor-notes = La carte se réinitialise à l’ouverture du port : ForceTrack attend 3 s avant l’établissement de la liaison. Chaque commande reçoit une réponse environ 1 s après son envoi.
profile-chronojump-force-platform-name = Plateforme de force Chronojump, 4 capteurs de force (binaire)
profile-chronojump-force-platform-notes = Les valeurs brutes multipliées par parse.fields.scale donnent des newtons : le firmware n’envoie pas son étalonnage, étalonnez donc l’échelle de chaque capteur pour votre plateforme. Chaque commande reçoit une réponse environ 1 s après son envoi.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Émet dès la mise sous tension ; la carte se réinitialise à l’ouverture du port (environ 1,5 s de silence). Tarez avec le menu de la carte, ou laissez ForceTrack tarer par logiciel. Format de ligne du firmware 1.2.
profile-loadstar-di1000u-name = Interface de capteur de force Loadstar DI-1000U
profile-loadstar-di1000u-notes = Les modèles haute vitesse peuvent nécessiter 230400 bauds. L’unité provient de la réponse UNITS ; une unité inconnue interrompt la connexion en indiquant son nom.
profile-imada-dst-name = Dynamomètre Imada DST/DSV
profile-imada-dst-notes = Interrogé avec D à 20 Hz. Modèles USB : réglez serial.baud = 256000 et serial.flow_control = "hardware".
profile-nextech-dfs-name = Dynamomètre Nextech DFS/DFT
profile-nextech-dfs-notes = Interrogé avec v à 20 Hz. Non confirmé : le format de réponse n’est pas publié ; vérifiez les mesures avec un poids connu.
profile-generic-1ch-name = Flux CSV générique 1 canal (time_us,force)
profile-generic-1ch-notes = Lignes `time_us,force` en newtons ; les lignes commençant par # sont ignorées.
profile-generic-2ch-name = Flux CSV générique 2 canaux (time_us,left,right)
profile-generic-2ch-notes = Lignes `time_us,left,right` en newtons ; les lignes commençant par # sont ignorées.
profile-dual-force-plate-name = Double plateforme de force, 4 capteurs de force par plateforme
profile-dual-force-plate-notes = Jusqu’à 2000 échantillons/s ; 2000000 bauds (les cartes USB CDC ignorent le débit en bauds).
profile-demo-dynamometer-name = Dynamomètre de démonstration
profile-demo-dynamometer-notes = Un athlète simulé ; aucun matériel nécessaire.
profile-demo-nordic-rig-name = Banc Nordic de démonstration
profile-demo-nordic-rig-notes = Un athlète simulé ; aucun matériel nécessaire.
profile-demo-force-plate-name = Plateforme de force de démonstration
profile-demo-force-plate-notes = Un athlète simulé ; aucun matériel nécessaire.

profile-hint-choose = { $hint } : choisissez le profil « { $profile } » au lieu de « { $current } »

## Problems with typed values, shown beside a form's field (and said by the command line)

problem-given-name-needed = un prénom est requis
problem-family-name-needed = un nom est requis
problem-name-control-character = le nom contient le caractère de contrôle { $code }
problem-name-empty = le nom est vide
problem-name-invisible = le nom ne contient aucun caractère visible (uniquement { $codes })
problem-date-in-future = { $date } est dans le futur
problem-date-before-year = { $date } est antérieure à { $year }
problem-date-before-birth = { $date } est antérieure à la date de naissance
problem-cleared-before-injury = la date d’autorisation { $cleared } est antérieure à la date de la blessure { $injury }
problem-dominant-leg = la jambe dominante doit être gauche ou droite
problem-body-mass = { $mass } kg n’est pas une masse corporelle plausible (entre { $min } et { $max } kg)
problem-lever-arm = un bras de levier de { $value } m n’est pas plausible (supérieur à 0, au plus 2 m)
problem-peak-force = { $value } { $unit } n’est pas un pic de force (supérieur à 0, au plus { $max })
problem-recording-force = une force de { $value } N dépasse la plage de tout appareil (au plus { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } échantillon
       *[other] { $samples } échantillons
    } sur { $duration } s, c’est trop court pour l’analyse : un enregistrement exige au moins { $min_samples } échantillons sur { $min_duration } s (les { $baseline } s initiales servent de ligne de base)
problem-not-a-date = « { $text } » n’est pas une date : saisissez-la au format { $hint }, p. ex. { $example }
problem-not-a-number = « { $text } » n’est pas un nombre : saisissez-en un, p. ex. { $example }


## Built-in tests: where each MDC95 default comes from

test-nordic-mdc-source = Opar et al. 2013 (NordBord : MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (flexion isométrique du genou, HHD fixé : MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (flexion isométrique du genou, HHD fixé : MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (extension de hanche au HHD : variation entre séances < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (abduction de hanche au HHD : variation entre séances < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (adduction de hanche au HHD : variation entre séances < 5-6 %)


## Analysis: asymmetry, metrics, quality flags, results typed in by hand
## Asymmetry formulas (a clinic setting; named in results, history, settings and the report)

asym-formula-percent-difference = Différence en pourcentage
asym-formula-lsi = Indice de symétrie des membres (LSI)
asym-formula-symmetry-index = Indice de symétrie
asym-formula-symmetry-angle = Angle de symétrie
# D = droite, G = gauche.
asym-formula-ratio = Ratio D/G

asym-definition-percent-difference = (plus fort - plus faible) / plus fort × 100, avec le côté le plus faible
asym-definition-lsi = atteint / sain × 100 (plus faible / plus fort sans côté blessé)
asym-definition-symmetry-index = (D - G) / ({ $half } (D + G)) × 100
asym-definition-symmetry-angle = (45° - atan(G/D)) / 90° × 100
asym-definition-ratio = D / G

asym-source-lsi = indice de symétrie des membres (les critères de retour au sport s’expriment ainsi)
asym-source-ratio = droite / gauche

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Asymmetry values

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } plus fort)

## Where the asymmetry bands come from

# RR = risque relatif (même abréviation en français).
asym-bands-source-nordic = { $source } : déséquilibre au Nordic >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rugby à XV)
asym-bands-source-all-tests = publié pour le Nordic uniquement ({ $source } : déséquilibre >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rugby à XV) ; pour les autres tests, les mêmes zones sont une convention
asym-bands-source-other-test = aucune zone de risque publiée pour ce test : les zones sont une convention (reprises du déséquilibre au Nordic, { $source })

## Metrics of a rep

analysis-metric-peak-force = Pic de force
analysis-metric-time-to-peak = Temps jusqu’au pic
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = Pic de RFD
analysis-metric-impulse = Impulsion
analysis-metric-best-1s-mean-force = Meilleure force moyenne sur 1 s

## What a rep's quality flag means (a tooltip beside the flag's few words)

flag-explain-noisy-baseline = bruit de la ligne de base supérieur à 5 % du pic de force
flag-explain-not-sustained = force moyenne inférieure à 75 % du pic : le maintien n’a pas été tenu
flag-explain-clipped = 3 échantillons ou plus au maximum de l’appareil : le pic peut être écrêté
flag-explain-poor-fit = erreur du modèle exponentiel supérieure à 5 % de la force moyenne
flag-explain-fit-failed = la montée ne suit pas un modèle exponentiel
flag-explain-baseline-from-trial-start = pas de { $window } s de repos avant la montée : la ligne de base est prise sur les { $window } s initiales de l’essai
flag-explain-low-sample-rate = échantillonnage inférieur à 200 Hz : RFD 0-50 ms et pic de RFD reposent sur peu d’échantillons et sont approximatifs

## Results typed in by hand: what keeps them from being saved

entered-no-such-test = aucun test « { $test } » dans la bibliothèque de tests
entered-count-test = { $test } se mesure par un nombre de répétitions, pas par un pic de force
entered-one-leg-at-a-time = { $test } se teste une jambe à la fois : saisissez chaque jambe séparément (gauche ou droite)
# « both » : l'identifiant du côté « les deux jambes » (ligne de commande).
entered-right-peaks-one-leg = les pics de la jambe droite sont réservés à un test des deux jambes simultanément (côté both)
entered-device-not-named = l’appareil n’a pas de nom
entered-device-name-control-character = le nom de l’appareil contient le caractère de contrôle { $code }
entered-device-name-empty = le nom de l’appareil est vide
entered-device-name-invisible = le nom de l’appareil ne contient aucun caractère visible (uniquement { $codes })
entered-device-name-too-long = { $max ->
        [one] le nom de l’appareil dépasse { $max } caractère
       *[other] le nom de l’appareil dépasse { $max } caractères
    }
entered-no-peak-left = aucun pic saisi pour la jambe gauche
entered-no-peak-right = aucun pic saisi pour la jambe droite
entered-no-peak = aucun pic saisi
entered-pain-range = la douleur se cote de 0 à 10
entered-date-in-future = la date { $date } est dans le futur
entered-date-before-year = la date { $date } est antérieure à { $year }

## Device and acquisition: the link's state, what the device said, missing readings, the
## recording's journal, serial ports and device profiles, the demo devices

## The link's state (the pill in the status bar and the device panel)

link-state-connecting = connexion en cours
link-state-connected = connecté
link-state-streaming = acquisition
link-state-disconnected = déconnecté : { $reason }
link-state-reconnecting = reconnexion (tentative { $attempt }, dans { $seconds } s)
link-state-error = erreur : { $reason }
link-state-closed = fermé

## Why the link to the device was lost

link-write-failed = échec de l’écriture : { $error }
link-read-failed = échec de la lecture : { $error }
link-port-closed = le port s’est fermé

## Lines from the device that were not samples (the status bar's hover)

link-rejected = { $reason } : { $text }
link-rejected-garbage = ligne non reconnue
link-rejected-overlong = ligne trop longue
link-rejected-unknown-unit = unité inconnue
link-rejected-not-text = pas du texte
link-rejected-bad-frame = octets hors trame
link-rejected-incomplete = incomplet en fin de flux
link-rejected-no-unit = valeur sans unité
link-rejected-time-jump = saut de l’horloge de l’appareil
link-rejected-time-ahead = un temps en avance de { $seconds } s sur le flux, puis un retour en arrière
link-rejected-time-jumped = le temps { $time } a sauté de { $step } s

## The device session: commands the device did not answer, or refused

device-session-no-reply-within = pas de réponse à « { $command } » dans les { $seconds } s (attendu : { $expected })
device-session-no-data-within = aucune donnée dans les { $seconds } s
device-session-no-data-for = aucune donnée depuis { $seconds } s
device-session-refused = l’appareil a refusé « { $command } » : { $error }
device-session-refused-hint = l’appareil a refusé « { $command } » : { $error } ; { $hint }
device-session-meaning-hint = { $meaning } ; { $hint }
device-session-unit-refused = l’appareil indique l’unité « { $unit } », que le profil « { $profile } » ne liste pas

## The connected device (the device panel: tare, the device's messages)

acq-tared-by-device = taré par l’appareil
acq-tared-in-software = taré par logiciel (l’appareil n’a pas de commande de tare)
acq-not-tared = non taré : aucune mesure encore pour tarer
acq-device-error = erreur de l’appareil { $code }
acq-device-error-meaning = erreur de l’appareil { $code } : { $meaning }
acq-no-reply = pas de réponse à « { $command } »
acq-device-lost-at = { $state } à { $seconds } s

## The journal: a recording's samples kept in the database while it is made (the status bar's
## hover, and a trial that could not be saved)

acq-journal-cannot-open = impossible d’ouvrir le journal : { $error }
acq-journal-database-not-opened = la base de données n’a pas pu être ouverte
acq-journal-cannot-start = impossible de démarrer le journal : { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } échantillon n’a pas pu être journalisé
       *[other] { $count } échantillons n’ont pas pu être journalisés
    }
acq-journal-cannot-discard = impossible de supprimer un enregistrement : { $error }
acq-journal-write-failed = échec d’écriture au journal : { $error }
acq-journal-not-in-journal = cet enregistrement n’est pas dans le journal
acq-journal-cannot-save = impossible d’enregistrer l’essai : { $error }

## Readings the device sent that are missing (the status bar's hover, a trial's notes)

readings-missing =
    { $count ->
        [one] { $number } mesure envoyée par l’appareil manque : { $basis }
       *[other] { $number } mesures envoyées par l’appareil manquent : { $basis }
    }
readings-missing-about =
    { $count ->
        [one] environ { $number } mesure envoyée par l’appareil manque : { $basis }
       *[other] environ { $number } mesures envoyées par l’appareil manquent : { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] l’horloge de l’appareil montre des interruptions de { $seconds } s au total, où { $number } mesure était attendue
       *[other] l’horloge de l’appareil montre des interruptions de { $seconds } s au total, où { $number } mesures étaient attendues
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } ligne endommagée là où des mesures étaient attendues
       *[other] { $number } lignes endommagées là où des mesures étaient attendues
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } décodée mais non transmise à temps
       *[other] { $number } décodées mais non transmises à temps
    }
readings-basis-join = { $first } ; { $next }

## Serial ports and device profiles (the device panel, Settings)

port-info-cannot-list = impossible de lister les ports série : { $error }
port-info-profiles-share-usb-id = { $port } : les profils { $profiles } correspondent tous à son identifiant USB { $usb } ; « { $first } » est proposé en premier (le premier de la liste) : choisissez celui de l’appareil branché
port-info-profile-shadowed = profil « { $id } » : { $used } est utilisé, pas { $unused } ({ $why })
port-info-built-in-profile = le profil intégré « { $name } »
port-info-shadowed-demo = les appareils de démonstration utilisent toujours leurs profils intégrés : donnez un autre identifiant à celui-ci
port-info-shadowed-replaces-built-in = un profil d’un dossier d’appareils remplace le profil intégré de même identifiant
port-info-shadowed-same-folder = deux fichiers d’un même dossier ont cet identifiant ; le dernier par nom de fichier est utilisé : donnez un autre identifiant à l’un d’eux
port-info-shadowed-read-after = { $later } est lu après { $earlier }
port-info-hint-profile-missing = profil « { $id } » : une indication désigne le profil « { $profile } », qui n’est pas chargé
port-info-usb-id-claimed = l’identifiant USB { $usb } est revendiqué par { $profiles } : un port qui le porte propose « { $first } » en premier ; choisissez celui de l’appareil branché
port-info-and = { $list } et { $next }

## The demo devices

demo-device-no-profile = aucun profil livré devices/{ $file }
demo-device-cannot-start = l’appareil de démonstration n’a pas pu démarrer : { $error }
demo-device-failed = l’appareil de démonstration a cessé de fonctionner

## The clinic's record: what a save refused, a row that cannot be read, a database or a clinic
## server that cannot be used says on screen, and a few small pieces of the app (the athlete
## list's return-to-sport column)
# Ces phrases commencent par une minuscule : elles suivent souvent d'autres mots à l'écran.

## What a visit holds

store-trials = { $count ->
    [0] aucun essai
    [one] { $count } essai : { $tests }
   *[other] { $count } essais : { $tests }
}

## A save refused: someone changed the same record meanwhile
# « record » est rendu par « fiche » (« enregistrement » désigne ici une acquisition de force).

conflict-changed-by-at =
    non enregistré : { $what ->
        [athlete] cet athlète a été modifié
        [injury-episode] cet épisode lésionnel a été modifié
        [visit] cette visite a été modifiée
        [setting] ce paramètre a été modifié
        [clearance-template] ce modèle de retour au sport a été modifié
       *[other] cette fiche a été modifiée
    } par { $login } le { $when } depuis que vous l’avez ouvert. Votre saisie est conservée ici ; consultez la modification (annulez, puis rouvrez) et refaites la vôtre
conflict-changed-by =
    non enregistré : { $what ->
        [athlete] cet athlète a été modifié
        [injury-episode] cet épisode lésionnel a été modifié
        [visit] cette visite a été modifiée
        [setting] ce paramètre a été modifié
        [clearance-template] ce modèle de retour au sport a été modifié
       *[other] cette fiche a été modifiée
    } par { $login } depuis que vous l’avez ouvert. Votre saisie est conservée ici ; consultez la modification (annulez, puis rouvrez) et refaites la vôtre
conflict-changed-at =
    non enregistré : { $what ->
        [athlete] cet athlète a été modifié
        [injury-episode] cet épisode lésionnel a été modifié
        [visit] cette visite a été modifiée
        [setting] ce paramètre a été modifié
        [clearance-template] ce modèle de retour au sport a été modifié
       *[other] cette fiche a été modifiée
    } par quelqu’un d’autre le { $when } depuis que vous l’avez ouvert. Votre saisie est conservée ici ; consultez la modification (annulez, puis rouvrez) et refaites la vôtre
conflict-changed =
    non enregistré : { $what ->
        [athlete] cet athlète a été modifié
        [injury-episode] cet épisode lésionnel a été modifié
        [visit] cette visite a été modifiée
        [setting] ce paramètre a été modifié
        [clearance-template] ce modèle de retour au sport a été modifié
       *[other] cette fiche a été modifiée
    } par quelqu’un d’autre depuis que vous l’avez ouvert. Votre saisie est conservée ici ; consultez la modification (annulez, puis rouvrez) et refaites la vôtre

## The clinic's database cannot be used, or a row in it cannot be read

store-error-data-dir = impossible de créer le dossier de données { $path } : { $detail }
store-error-open = impossible d’ouvrir la base de données { $path } : { $detail }
store-error-damaged = la base de données { $path } est endommagée ({ $detail }). Copiez-la en lieu sûr, puis restaurez la sauvegarde la plus récente depuis { $backups }
store-error-too-new = la base de données { $path } a été écrite par une version plus récente de ForceTrack (schéma { $found } ; ce programme connaît jusqu’à { $known })
store-error-backup = impossible de sauvegarder la base de données dans { $path } : { $detail }
store-error-not-found = { $what ->
        [athlete] athlète
        [injury-episode] épisode lésionnel
        [visit] visite
        [deleted-visit] visite supprimée
        [trial] essai
        [journal-recording] enregistrement du journal
       *[other] fiche
    } { $id } n’existe pas
store-error-corrupt = données enregistrées illisibles : { $detail }
store-error-damaged-samples = essai { $trial } : ses échantillons enregistrés sont endommagés ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] athlète
        [injury-episode] épisode lésionnel
        [visit] visite
        [trial] essai
        [sign-off] validation
        [manual-check-answer] réponse à une vérification manuelle
        [setting] paramètre
        [clinic-defined-test] test défini par le cabinet
        [clinic-defined-battery] batterie définie par le cabinet
        [clinic-defined-clearance-template] modèle de retour au sport défini par le cabinet
       *[other] ligne
    } { $id } : sa cellule « { $column } » n’est pas valide ({ $detail })
store-damaged-trial = essai { $trial } (athlète { $athlete }, visite du { $date }) : ses échantillons enregistrés sont endommagés ({ $detail })
store-error-busy = erreur de base de données : { $detail }
store-error-disk-full = erreur de base de données : { $detail }
store-error-database = erreur de base de données : { $detail }
store-error-server = erreur de base de données : { $problem }
store-error-offline = erreur de base de données : le serveur du cabinet est injoignable

## The clinic server: why this computer cannot use it

server-error-not-an-address = « { $address } » n’est pas une adresse de serveur de cabinet : écrivez-la sous la forme postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } est inconnu : omettez-le (TLS, certificat vérifié) ou écrivez sslmode=disable
server-error-address-unreadable = l’adresse du serveur du cabinet « { $address } » est illisible : { $detail }
server-error-address-no-database = l’adresse du serveur du cabinet « { $address } » ne désigne aucune base de données
server-error-needs-ca-file = le serveur du cabinet { $host } est sur un autre ordinateur : indiquez le fichier de son certificat d’AC (?sslrootcert=FILE dans l’adresse) pour que son certificat puisse être vérifié ; seul un cabinet qui désactive TLS (sslmode=disable) s’en passe
server-error-ca-file = fichier du certificat d’AC du serveur { $file } : { $detail }
server-error-ca-file-empty = fichier du certificat d’AC du serveur { $file } : il ne contient aucun certificat
server-error-connection = le serveur du cabinet { $server } : { $problem }
server-error-wrong-password = mot de passe incorrect pour cet identifiant
server-error-login-refused = n’accepte pas cet identifiant ({ $detail })
server-error-no-such-database = base de données inexistante ({ $detail })
server-error-not-allowed = cet identifiant n’a pas le droit de faire cela ({ $detail })
server-error-changed-meanwhile = un autre poste a modifié les mêmes lignes au même moment ; réessayez
server-error-certificate = son certificat n’a pas été accepté ({ $detail })
server-error-refused = a refusé la connexion (aucun serveur de base de données n’écoute à cette adresse et sur ce port)
server-error-no-answer = est injoignable (pas de réponse en 5 s)
server-error-no-such-host = est injoignable (hôte ou socket inexistant)
server-error-unreachable = est injoignable ({ $detail })
server-error-password-missing = demande un mot de passe : indiquez-le dans le fichier de mots de passe PostgreSQL (~/.pgpass) ou dans PGPASSWORD
server-error-connection-lost = la connexion a été perdue
server-error-no-record = le serveur du cabinet { $server } ne contient pas encore de données ForceTrack : créez-les une fois avec `{ $command }` (sur une base de données vide)
server-error-older = le serveur du cabinet { $server } contient la version de schéma { $found } et ce ForceTrack utilise la version { $known } : le serveur est plus ancien. Fermez ForceTrack sur tous les postes, puis mettez le serveur à niveau une fois avec `{ $command }`, et mettez à jour les autres postes
server-error-newer = le serveur du cabinet { $server } contient la version de schéma { $found }, plus récente que la version { $known } de ce ForceTrack : il a été mis à niveau par une version plus récente de ForceTrack. Installez cette version sur ce poste

## The athlete list's return-to-sport column

clinic-rts-status = { $status ->
        [not_yet] ✖ pas encore
        [incomplete] ⚠ incomplet
       *[other] ✔ tous les critères sont atteints
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] répétition
       *[other] répétitions
    }
