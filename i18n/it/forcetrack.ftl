# ForceTrack: le parole che legge il clinico, in italiano (traduzione di i18n/en/forcetrack.ftl).
#
# Stessi identificativi di messaggio e stesse variabili dell’inglese (tests/catalogues.rs).
# Terminologia: vedere i18n/it/glossary.md (fisioterapia sportiva, medicina dello sport).
# Registro: forma impersonale (infinito nelle istruzioni: “Scegliere prima un atleta.”);
# pulsanti all’imperativo come nel software italiano (“Salva”, “Annulla”, “Chiudi”).
# Plurali (CLDR): [one] solo per 1; 0 prende *[other], come in inglese. [many] omesso.
# I numeri decimali scritti direttamente nel testo usano la virgola (“1,2 ± 0,2”).
# Le intestazioni di sezione (##) restano in inglese, come nel catalogo di origine.

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

# "Studio" (studio di fisioterapia) traduce "clinic" in tutto il catalogo.
app-prefs-ignored = preferenze ignorate ({ $detail })
app-prefs-cannot-create-folder = impossibile creare { $folder }: { $error }
app-prefs-cannot-write = impossibile scrivere { $file }: { $error }
app-prefs-cannot-save = impossibile salvare le preferenze: { $error }
app-server-setting-not-used = Il server dello studio indicato nelle Impostazioni non viene usato: { $error }
app-device-lost-recording-kept = { $reason }: la registrazione fino a quel momento viene conservata
app-recording-max-length = La registrazione ha raggiunto la durata massima e si è interrotta.
app-opening-demo = Apertura dello studio dimostrativo…
app-opening-clinic = Apertura dello studio…
app-opening-detail = { $folder }: verifica e, se necessario, aggiornamento del database
app-stop-recording-before-switching = Interrompere la registrazione prima di cambiare studio: viene salvata in quello attuale.
app-device-stays-connected = { $device } resta collegato.
app-demo-not-made = Impossibile creare lo studio dimostrativo: { $error }
app-damaged-samples = Il controllo del database ha trovato campioni danneggiati, esclusi da tutti i risultati: { $list }. Ripristinare un backup per recuperarli.
app-rows-left-out = Righe memorizzate illeggibili, escluse da tutti gli elenchi e da tutti i risultati: { $list }. Ripristinare un backup per recuperarle.

## The athlete list's return-to-sport hover: the required criteria that do not pass

app-criterion-fail = ✖ non soddisfatto: { $criterion } (richiesto: { $needs })
app-criterion-fail-value = ✖ non soddisfatto: { $criterion }: { $value } (richiesto: { $needs })
app-criterion-no-data = ? nessun dato: { $criterion } (richiesto: { $needs })
app-red-band = { $test } { $date }: asimmetria { $asymmetry } (rosso)

## The top bar

nav-athletes = Atleti
nav-athletes-tip = tutti gli atleti
nav-athlete = Atleta
nav-athlete-tip = profilo, infortuni e visite dell’atleta
nav-test = Test
nav-test-tip = esegui una sessione di test
nav-history = Storico
nav-history-tip = andamento tra le visite e curve registrate
# "Rientro": l’autorizzazione al ritorno allo sport (si evita "idoneità", che in Italia è la
# certificazione medico-legale di idoneità sportiva del medico dello sport).
nav-clearance = Rientro
nav-clearance-tip = checklist per il ritorno allo sport
nav-export = Esporta
nav-export-tip = CSV per fogli di calcolo e ricerca
nav-settings = Impostazioni
nav-settings-tip = unità, formule, soglie, dispositivi
nav-light = ☀ Chiaro
nav-dark = 🌙 Scuro
nav-theme-tip = alterna tema chiaro e scuro
nav-open-my-clinic = Apri il mio studio
nav-open-my-clinic-tip = esci dallo studio dimostrativo
nav-open-demo = Apri lo studio dimostrativo
nav-open-demo-tip = uno studio separato con atleti di esempio
nav-choose-athlete-first = Scegliere prima un atleta.

## The first screen

welcome-tagline = Test di forza di ischiocrurali e glutei, storico e ritorno allo sport
welcome-open-failed = Impossibile aprire lo studio: { $error }
welcome-explore-demo = Esplora lo studio dimostrativo
welcome-demo-description = Sei atleti di esempio con mesi di visite, in un database a parte. I dispositivi demo non richiedono hardware.
welcome-retry-server = Riprova la connessione al server dello studio
welcome-clinic-on-server = Lo studio di questo computer si trova sul server dello studio { $server }.
welcome-use-this-computer = Usa il database di questo computer
welcome-use-this-computer-description = Lo studio proprio di questo computer (il server dello studio si può scegliere di nuovo in Impostazioni, Server dello studio).
welcome-start-my-clinic = Avvia il mio studio
welcome-start-description = Uno studio vuoto per i propri atleti. È possibile passare dall’uno all’altro in qualsiasi momento.
welcome-record-on-server = L’archivio dello studio si trova sul server dello studio; le registrazioni vengono conservate prima su questo computer.
welcome-stays-here = Tutto resta su questo computer.

## Settings

settings-title = Impostazioni
settings-not-saved-problems = Non salvate: { $problems }.
settings-not-saved-error = Non salvate: { $error }
settings-saved = Impostazioni dello studio salvate.
settings-save = Salva impostazioni dello studio
settings-discard = Annulla modifiche
settings-unsaved-bar = ⚠ Non ancora salvate, e non usate finché non vengono salvate: { $changes }

## Settings: leaving with unsaved changes

settings-unsaved-title = Le impostazioni dello studio non sono salvate
settings-unsaved-changed = Modificato qui: { $changes }.
settings-unsaved-explain = Non vengono usate da nessuna parte (risultati, report, altri computer) finché non vengono salvate.
settings-save-and-leave = Salva ed esci
settings-leave-without-saving = Esci senza salvare
settings-stay = Resta nelle Impostazioni

## Settings: what changed (listed in the two messages above)

settings-change-formula = formula di asimmetria { $formula } (prima: { $was })
settings-change-summary = valore per lato { $value ->
        [best] ripetizione migliore
       *[mean] media delle ripetizioni
    } (prima: { $was ->
        [best] ripetizione migliore
       *[mean] media delle ripetizioni
    })
settings-change-bands = fasce di colore: ambra da { $amber } %, rosso da { $red } %
settings-change-hq = H:Q minimo accettabile { $hq }
settings-change-no-hq = nessun H:Q minimo accettabile
settings-change-mdc = MDC di { $tests }
settings-change-other = altre impostazioni dello studio

## Settings: display (this computer)

settings-display = Visualizzazione (questo computer)
settings-language = Lingua
settings-language-tip = la lingua di ForceTrack su questo computer
settings-language-unavailable-tip = non ancora tradotta
settings-decimal-separator = Separatore decimale
settings-decimal-point-tip = punto decimale
settings-decimal-comma-tip = virgola decimale
settings-decimal-separator-tip = come vengono scritti i numeri sullo schermo e nei report
settings-date-order = Formato della data
settings-date-order-tip = come vengono scritte le date sullo schermo e nei report
settings-date-order-ymd = { $today } (anno-mese-giorno)
settings-date-order-dmy = { $today } (giorno/mese/anno)
settings-date-order-dmy-dots = { $today } (giorno.mese.anno)
settings-date-order-mdy = { $today } (mese/giorno/anno)
settings-force-unit = Unità di forza
settings-dark = Tema scuro
settings-countdown = Conto alla rovescia prima della registrazione (s)
settings-renderer = Renderer
settings-renderer-in-use = { $renderer } disegna questa finestra
settings-renderer-next = { $renderer } disegna questa finestra; { $next } dal prossimo avvio
settings-renderer-tip = glow è il predefinito: sulla maggior parte dei computer disegna più velocemente la visualizzazione in tempo reale. --renderer lo sostituisce per un solo avvio.

## Settings: the clinic's choices

settings-clinic = Studio (condiviso da tutti i computer che usano questo studio)
settings-formula = Formula di asimmetria
settings-summary = Valore per lato per asimmetria e andamento
settings-best-rep = ripetizione migliore
settings-mean-of-reps = media delle ripetizioni
settings-summary-note = La migliore è la convenzione clinica; la media è la scelta più affidabile per l’asimmetria ({ $source }).
settings-amber-from = Ambra da (%)
settings-red-from = Rosso da (%)
settings-bands-source = Fonte: { $source }.
settings-hq-floor = H:Q minimo accettabile (momento torcente flessori / estensori del ginocchio a 90°)
settings-hq-floor-tip = l’H:Q minimo accettabile per lo studio
settings-hq-note = Nessun valore predefinito: il cut-off isocinetico ({ $cutoff }, { $source }) non è trasferibile ai rapporti isometrici; lo studio può impostarne uno proprio.
settings-mdc-heading = Variazione minima rilevabile (MDC95) per test
settings-mdc-test = Test
settings-mdc-value = MDC95
settings-mdc-source = Fonte
settings-mdc-sem = SEM dello studio ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 di { $test }
settings-mdc-clinic-setting = impostazione dello studio
settings-sem-label = SEM ({ $unit })
settings-sem-use = Usa
settings-sem-use-tip = calcola l’MDC di { $test } dal SEM inserito
settings-sem-invalid = “{ $typed }” non è un SEM: inserire un numero maggiore di 0, ad es. { $example }
settings-sem-error-tip = vedere sotto la tabella
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Predefinito
settings-mdc-default-tip = torna all’MDC pubblicato di { $test }

## Settings: device profiles

settings-devices = Profili dei dispositivi
settings-devices-intro = Profili integrati, più quelli dello studio in { $folder } e nella cartella qui sotto.
settings-devices-folder = Cartella di dispositivi aggiuntiva
settings-devices-reload = Usa e ricarica
settings-profile-not-loaded = non caricato: { $error }

## Settings: the clinic server

server-heading = Server dello studio
server-intro = Più computer condividono un unico archivio sul server PostgreSQL dello studio; un computer da solo lo conserva nel proprio database. Le registrazioni vengono sempre scritte prima nel journal di questo computer, così una registrazione non attende mai la rete.
server-in-use = Questo computer usa il server dello studio { $server }.
server-none = Questo computer usa il proprio database (nessun server dello studio).
server-host = Server (nome host o indirizzo)
server-port = Porta
server-database = Database
server-login = Login (personale)
server-ca-file = File del certificato CA del server
server-password = Password
server-password-tip = conservata solo nel file delle password di PostgreSQL, mai nelle impostazioni di ForceTrack
server-tls-off = Disattiva TLS (la connessione non è cifrata: solo all’interno di una rete affidabile)
server-test = Verifica la connessione
server-save-password = Salva la password
server-save-password-tip = nel file delle password di PostgreSQL (~/.pgpass), leggibile solo dal proprio utente
server-use = Usa questo server dello studio
server-use-this-computer = Usa il database di questo computer
server-no-home = nessuna cartella home per il file delle password
server-password-not-saved = la password non è stata salvata: { $error }
server-password-saved = Password salvata in { $file } (leggibile solo dal proprio utente).
server-connected = Connesso a { $server } come { $login }: versione dello schema { $version } (di questo programma: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atleti
    }.
server-connected-encrypted = Connesso a { $server } come { $login }, connessione cifrata, certificato del server verificato: versione dello schema { $version } (di questo programma: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atleti
    }.

## Recordings a crash left unfinished

recovery-look-failed = Impossibile cercare le registrazioni non terminate: { $error }
recovery-title = Registrazioni non terminate
recovery-intro = ForceTrack si è chiuso mentre queste registrazioni erano in corso. Quanto salvato fino all’ultimo momento può essere conservato.
recovery-unknown-athlete = atleta sconosciuto
recovery-test-side = { $side ->
        [left] { $test }, sinistra
        [right] { $test }, destra
       *[both] { $test }, entrambe le gambe
    }
recovery-no-test = una registrazione senza test
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } campione
       *[other] { $samples } campioni
    } ({ $seconds } s)
recovery-pain-label = Dolore durante la prova
recovery-pain-choose = scegliere 0-10
recovery-pain-not-known-chosen = Dolore non noto
recovery-pain-chosen = Dolore { $pain }/10
recovery-pain-not-known = Non noto
recovery-keep = Conserva come prova
recovery-keep-disabled-tip = Scegliere prima il dolore riferito dall’atleta durante questa registrazione
recovery-discard = Scarta…
recovery-discard-tip = elimina la registrazione; viene chiesta un’ulteriore conferma
recovery-discard-confirm = Sì, scarta definitivamente questi { $seconds } s
recovery-do-not-discard = Non scartare
recovery-kept-in-visit = La prova conservata si trova nella visita del { $date }.
recovery-go-on = Continua quella sessione
recovery-close = Chiudi
recovery-decide-later = Decidi più tardi
recovery-kept = Conservata come prova { $trial } della visita del { $date }.
recovery-discarded = La registrazione non terminata è stata scartata.
recovery-no-samples = Nessun campione è stato salvato prima dell’interruzione.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (come registrata)

## A fixed recording on the demo force plate (a measurement mode)

autorecord-heading = Registrazione della pedana di forza demo: { $duration } di { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } campione per canale
       *[other] { $samples } campioni per canale
    }

## Session: recording (the steps, live recording, review, typed-in values, abandoning)

## Step list (left panel)

run-steps-heading = Test (⬅ ➡ per spostarsi)
run-step-not-done = { $mark } { $step } (non eseguito)
run-step-not-done-tip = non eseguito: { $reason }
run-step-cannot-record-tip = il dispositivo collegato non può registrare questo test: { $reason }
run-summary = Riepilogo ▶
run-tally = { $done } di { $total } eseguiti
run-tally-not-done = { $done } di { $total } eseguiti, { $not_done } non eseguiti

## Current step

run-position = Posizione: { $position }
# "Comando verbale": ciò che il clinico dice all’atleta.
run-cue = Comando verbale: “{ $cue }”
run-connect-device-first = Collegare prima un dispositivo.
run-connect-device = Collegare un dispositivo per registrare.
run-device-cannot-record = ⚠ { $device } non può registrare questo test: { $reason }.
run-lever-arm = Braccio di leva (m)
run-lever-arm-hint = misurato; per il momento torcente
# $landmark (test-*-lever-arm) comincia con "dalla/dal …": "misurato dalla rima articolare del ginocchio al …".
run-lever-arm-tip = misurato { $landmark }

## Marking a step "not done"

run-marked-not-done = Segnato come non eseguito: { $reason }
run-test-after-all = Esegui comunque il test
run-not-done-today = Non eseguito oggi?
run-not-done-reason-hint = motivo, ad es. nessun dispositivo Nordic, dolore, tempo
run-mark-both-not-done = Segna entrambi i lati come non eseguiti
run-mark-not-done = Segna come non eseguito
run-mark-not-done-tip = esclude questo test dalla visita di oggi; il motivo va nelle note della visita
run-mark-side-not-done =
    { $side ->
        [left] Segna solo il lato sinistro come non eseguito
        [right] Segna solo il lato destro come non eseguito
       *[both] Segna entrambi i lati come non eseguiti
    }
run-mark-side-not-done-tip = l’altro lato di questo test resta da testare

## Recording controls

run-start-recording = ⏺ Avvia registrazione
run-rest = Recupero { $time }
run-start-now = ⏺ Avvia ora
run-skip-rest = Salta recupero
run-cancel = Annulla
run-stop = ■ Stop
run-key-space-tip = Spazio
run-key-enter-tip = Invio
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Backspace due volte
run-cancel-recording-tip = Esc: scarta questa registrazione
run-key-escape = Esc
run-key-backspace = Backspace
run-press-again-discard = Premere di nuovo { $key } per scartare questa registrazione.
run-press-again-redo = Premere di nuovo { $key } per scartarla e registrare di nuovo.
run-press-again-discard-redo = Premere di nuovo { $key } per scartare questa registrazione e registrare di nuovo.
# "Rip." = ripetizione.
run-live-rep = Rip. { $number }: { $peak }
run-live-rep-rising = Rip. { $number }: { $peak } …

## Saving a trial

run-trial-saved = Prova salvata.
run-trial-kept-offline =
    Prova conservata su questo computer: il server dello studio non è raggiungibile. Viene inviata quando il server risponde di nuovo (la barra di stato conta ciò che è in attesa).
run-trial-not-saved = La prova non è stata salvata: { $error }.
run-trial-not-saved-rescued = La prova non è stata salvata: { $error }. La registrazione è conservata in { $path }.
run-trial-not-saved-lost = La prova non è stata salvata: { $error }. Non è stato possibile nemmeno conservarla: { $reason }.
run-not-saved = Non salvato: { $error }

## Review of a recording

run-device-lost = Connessione al dispositivo persa: { $note }
run-no-effort = Nessuno sforzo rilevato in questa registrazione.
run-counted = Conteggiata
run-peak = Picco
run-peak-of = Picco { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Avvisi
run-rep = Rip. { $number }
run-rep-tip = deselezionare per escludere questa ripetizione dai risultati
run-accept-trial = ✔ Accetta prova
run-ask-pain-first = Chiedere prima all’atleta il livello di dolore.
run-redo = ↺ Ripeti

## Pain score

run-pain-scale = Dolore durante questo test (0-10):
run-pain-value = dolore { $value }
run-pain-tip = 0-3 sicuro, 4-5 accettabile, oltre 5 non accettabile ({ $source })

## Typing the values of a device with no public protocol

run-type-values = Inserisci i valori (dispositivo senza protocollo pubblico)
run-type-values-tip =
    il picco di ogni ripetizione letto sul display del dispositivo (microFET, Lafayette, VALD, Kinvent, un dinamometro a gancio con memoria del picco); conteggiato come i picchi di una prova registrata, contrassegnato “inserito manualmente”, senza metriche della curva
run-hand-device = Dispositivo
run-hand-device-hint = ad es. Hoggan microFET 2
run-hand-kind = Tipo
run-hand-kind-tip = la variazione si confronta solo all’interno dello stesso tipo di dispositivo
run-hand-unit = Unità sul display
run-hand-left-peaks = Gamba sinistra: picco di ogni ripetizione
run-hand-right-peaks = Gamba destra: picco di ogni ripetizione
run-hand-peaks = Picco di ogni ripetizione
run-hand-peaks-empty = inserire il picco di ogni ripetizione, ad es. { $example }
run-hand-peak-not-a-number = “{ $text }” non è una forza di picco in { $unit } (un numero maggiore di 0)
run-hand-leg-problem =
    gamba { $side ->
        [left] sinistra
       *[right] destra
    }: { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } ripetizione
       *[other] { $reps } ripetizioni
    }, migliore { $best }: inserito manualmente
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } ripetizione
       *[other] { $reps } ripetizioni
    }, migliore { $best } ({ $converted }): inserito manualmente
run-hand-entered-leg =
    { $side ->
        [left] sinistra
       *[right] destra
    }: { $reps ->
        [one] { $reps } ripetizione
       *[other] { $reps } ripetizioni
    }, migliore { $best }: inserito manualmente
run-hand-entered-leg-converted =
    { $side ->
        [left] sinistra
       *[right] destra
    }: { $reps ->
        [one] { $reps } ripetizione
       *[other] { $reps } ripetizioni
    }, migliore { $best } ({ $converted }): inserito manualmente
run-save = ✔ Salva

## A step that counts reps

run-reps-completed = Ripetizioni completate
run-reps = Ripetizioni
run-reps-hint = numero
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = “{ $text }” non è un numero di ripetizioni: inserire un numero intero, ad es. 22

## Abandoning a session

run-abandon = Abbandona sessione
run-abandon-question-holds = Uscire da questa sessione? La sua visita contiene { $trials }.
run-abandon-question-empty = Uscire da questa sessione? La sua visita non contiene ancora prove.
run-abandon-question-added =
    Uscire da questa sessione? Ha aggiunto { $added } alla visita del { $date }, che prima conteneva { $before ->
        [one] { $before } prova
       *[other] { $before } prove
    }.
run-abandon-question-added-nothing =
    Uscire da questa sessione? Non ha aggiunto nulla alla visita del { $date }, che mantiene { $before ->
        [one] la sua prova
       *[other] le sue { $before } prove
    }.
run-abandon-delete =
    Elimina la visita (ripristinabile per { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    })
run-abandon-delete-tip = “Ripristina” nella schermata successiva, o la pagina dell’atleta, la recupera con le sue prove
run-abandon-keep =
    { $count ->
        [one] Mantieni la visita e la sua prova
       *[other] Mantieni la visita e le sue { $count } prove
    }
run-abandon-keep-empty = Mantieni la visita (non contiene prove)
run-abandon-keep-tip = la visita resta nello storico dell’atleta così com’è; i test non eseguiti non vengono registrati
run-abandon-keep-all =
    { $count ->
        [one] Mantieni la visita e la sua prova
       *[other] Mantieni la visita e tutte le sue { $count } prove
    }
run-abandon-keep-all-tip = le prove di questa sessione restano nella visita insieme a quelle precedenti
run-abandon-remove =
    { $count ->
        [one] Rimuovi la prova aggiunta da questa sessione
       *[other] Rimuovi le { $count } prove aggiunte da questa sessione
    }
run-abandon-leave = Esci dalla sessione
run-abandon-go-on = Continua la sessione
run-abandon-kept =
    Sessione abbandonata. La visita del { $date } è conservata con { $count ->
        [one] la sua prova
       *[other] le sue { $count } prove
    }.
run-abandon-deleted = Eliminata la visita del { $date } con { $trials }.
run-abandon-deleted-empty = Eliminata la visita del { $date }, senza prove.
run-abandon-left-earlier =
    Sessione abbandonata. La visita del { $date } mantiene { $before ->
        [one] la prova che conteneva prima
       *[other] le { $before } prove che conteneva prima
    }.
run-abandon-removed =
    Rimosso quanto aggiunto da questa sessione ({ $removed }). La visita del { $date } mantiene { $before ->
        [one] la prova che conteneva prima
       *[other] le { $before } prove che conteneva prima
    }.

## Session: starting a session, the device panel, the session summary, the shared widgets

## The plan of a session: a test on one side (or both at once)

session-step-title =
    { $side ->
        [left] { $test }, sinistra
        [right] { $test }, destra
       *[both] { $test }, entrambe le gambe
    }
session-step-needs-two-channels = questo test registra entrambe le gambe contemporaneamente: collegare un dispositivo a due canali (un dispositivo Nordic o pedane di forza)
session-step-channels-do-not-fit = i canali di questo dispositivo non sono adatti a questo test
session-step-passed-over = { $device } non può registrarlo: { $reason }
# Riletto dalle note della visita: "({ $reason })." deve restare alla fine.
session-not-done-note = Non eseguito: { $step } ({ $reason }).

## Setting up a session

session-heading = Sessione di test: { $athlete }
session-current-injury = Infortunio attuale: { $injury } (dal { $date })
session-not-abandoned = La sessione non è stata abbandonata: { $error }
session-not-restored = Non ripristinata: { $error }
# "Undo" di un’eliminazione: "Ripristina" (per non confonderlo con "Annulla" = Cancel).
session-undo = Ripristina
session-undo-tip = recupera la visita con le sue prove
session-tests = Test
session-battery = Batteria: { $battery }
session-both-legs-at-once = entrambe le gambe contemporaneamente
session-one-leg-at-a-time = una gamba alla volta
session-visit = Visita
session-going-on-with-visit = Si prosegue con la visita del { $date }: le prove che contiene contano come eseguite, i test che le sue note indicano come non eseguiti restano non eseguiti; scegliere i test e il dispositivo.
session-visit-today =
    { $athlete } ha una visita oggi ({ $date }, { $count ->
        [one] { $count } prova
       *[other] { $count } prove
    }).
session-add-to-todays-visit = Aggiungi alla visita di oggi
session-add-to-todays-visit-tip = i test di questa sessione si aggiungono a quella visita: i suoi risultati (H:Q, asimmetria, criteri di rientro) vengono letti insieme
session-or-new-visit = oppure compilare una nuova visita qui sotto
session-device = Dispositivo
session-resume = Riprendi sessione
session-start = Avvia sessione
session-choose-a-test = Scegliere almeno un test.
session-body-mass = Massa corporea (kg)
session-body-mass-hint = per N/kg
session-clinician = Clinico
session-clinician-hint = il proprio nome
session-notes = Note
session-visa-h-and-provocation = VISA-H e test di provocazione
session-visa-h = VISA-H (0-100)
session-visa-h-hint = punteggio totale
session-provocation-source = Test di provocazione secondo { $source }
# Nomi dei test di provocazione lasciati in inglese, come nella letteratura italiana (Cacchio et al.).
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Bent-knee stretch
session-modified-bent-knee-stretch = Bent-knee stretch modificato
session-provocation-not-done = non eseguito
session-provocation-negative = negativo
session-provocation-positive = positivo
session-visa-h-not-a-number = VISA-H “{ $text }” non è un numero
session-body-mass-not-a-number = massa corporea “{ $text }” non è un numero
session-visa-h-out-of-range = VISA-H { $value } è fuori dall’intervallo 0-100

## The session summary

session-visit-saved = Visita salvata.
session-summary-heading = Riepilogo: { $athlete }
session-summary-no-results = Questa visita non ha risultati.
session-summary-not-recorded = Non registrato in questa visita: { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Asimmetria: { $formula } = { $definition } ({ $source }). Fasce: verde < { $amber } %, ambra, rosso ≥ { $red } % ({ $bands_source }).
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } ripetizione
       *[other] { $count } ripetizioni
    }
session-summary-entered-by-hand = { $force } (inserito manualmente)
session-summary-side = Lato
session-summary-count = Numero
session-summary-reps = Ripetizioni
session-summary-best = Migliore
session-summary-mean = Media
session-summary-cv = CV
session-summary-pain = Dolore
session-summary-since-last-visit = Dall’ultima visita
session-summary-flags = Avvisi
session-summary-first-visit = prima visita
session-summary-visit-notes = Note della visita
session-summary-back = ◀ Torna ai test
session-summary-save = 💾 Salva visita
session-change-vs-mdc = vs { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = vs { $since } · i dispositivi non sono intercambiabili: la variazione si confronta all’interno dello stesso tipo di dispositivo
session-change-vs-no-mdc = vs { $since } · nessun MDC noto per questo test: la variazione viene mostrata, non giudicata

## The device panel

device-panel-tare = Tara
device-panel-tare-tip = azzera il dispositivo senza alcuna trazione applicata
device-panel-disconnect = Scollega
device-panel-connect-a-device = Collega un dispositivo
device-panel-demo-tip = l’atleta simulato; non serve hardware
device-panel-find-ports = Cerca porte seriali
device-panel-ports-found =
    { $count ->
        [one] { $count } trovata
       *[other] { $count } trovate
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Profilo
device-panel-connect = Collega
device-panel-other-port = Altra porta
device-panel-other-port-hint = /dev/pts/3 o COM4
device-panel-choose = scegli…
device-panel-channel-force = Forza
device-panel-channel-left = Sinistra
device-panel-channel-right = Destra
device-panel-force-now-tip = forza attuale
device-panel-peak = picco { $force }
device-panel-peak-tip = forza massima di questa registrazione
device-panel-device-on-port = { $device } su { $port }
device-panel-no-profile = nessun profilo del dispositivo '{ $profile }'

## A serial port this user may not open

port-denied-not-in-group = { $port }: permesso negato: la porta appartiene al gruppo '{ $group }', di cui l’utente non fa parte. Aggiungersi con { $command }, poi uscire e rientrare nella sessione; oppure installare il pacchetto ForceTrack, che dà a chi usa il computer l’accesso ai dispositivi che conosce
port-denied-added-after-login = { $port }: permesso negato: l’utente fa parte del gruppo '{ $group }' a cui appartiene la porta, ma è stato aggiunto dopo l’accesso: uscire e rientrare nella sessione (o riavviare il computer)
port-denied-owner-only = { $port }: permesso negato: solo il proprietario '{ $owner }' può aprire la porta (modalità { $mode }); installare il pacchetto ForceTrack, che dà a chi usa il computer l’accesso ai dispositivi che conosce, oppure rivolgersi a chi gestisce questo computer
port-denied = { $port }: permesso negato; installare il pacchetto ForceTrack, che dà a chi usa il computer l’accesso ai dispositivi che conosce, oppure rivolgersi a chi gestisce questo computer
port-short-not-in-group = non consentito: l’utente non fa parte del gruppo '{ $group }'
port-short-added-after-login = non consentito finché non si esce e si rientra nella sessione (gruppo '{ $group }')
port-short-owner-only = non consentito: solo '{ $owner }' può aprirla
port-busy = { $port } è occupata: un altro programma tiene la porta (un monitor seriale, un secondo ForceTrack, ModemManager): chiuderlo, poi collegarsi di nuovo ({ $error })
port-not-there = { $port } non è presente: il dispositivo è collegato e acceso? ({ $button } nell’app e { $command } elencano le porte presenti)
port-cannot-open = impossibile aprire { $port }: { $error }

## The status bar

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } campione
       *[other] { $count } campioni
    }
status-samples-tip = campioni ricevuti dal dispositivo da quando è stato collegato
status-readings-missing =
    { $count ->
        [one] { $count } lettura mancante
       *[other] { $count } letture mancanti
    }
status-readings-missing-about =
    { $count ->
        [one] circa { $count } lettura mancante
       *[other] circa { $count } letture mancanti
    }
status-readings-missing-tip = { $why } (da quando il dispositivo è stato collegato)
status-no-readings-missing = 0 letture mancanti
status-no-readings-missing-tip = ogni lettura inviata dal dispositivo da quando è stato collegato è un campione
status-rejected-tip =
    righe che non erano campioni né risposte note; ultima: { $last }
    { $count ->
        [one] { $count } byte scartato
       *[other] { $count } byte scartati
    } prima della prima riga completa dopo il collegamento (un flusso già in corso)
status-rejected-lines =
    { $count ->
        [one] { $count } riga rifiutata
       *[other] { $count } righe rifiutate
    }
status-device-errors =
    { $count ->
        [one] { $count } errore del dispositivo
       *[other] { $count } errori del dispositivo
    }
status-no-device = Nessun dispositivo collegato
status-this-computer = questo computer: { $folder }
status-this-computer-tip = l’archivio dello studio è il database di questo computer, in questa cartella dati
status-clinic-server = server dello studio { $host }/{ $database }
status-clinic-server-tip = l’archivio dello studio si trova su { $server } (login { $login }); le registrazioni vengono scritte prima nel journal di questo computer, in { $folder }
status-server-reachable = SERVER RAGGIUNGIBILE
status-server-not-reachable = SERVER NON RAGGIUNGIBILE
status-server-not-reachable-tip = la registrazione continua: le prove terminate attendono su questo computer e vengono inviate quando il server risponde di nuovo
status-waiting-for-server =
    { $count ->
        [one] { $count } registrazione in attesa del server dello studio
       *[other] { $count } registrazioni in attesa del server dello studio
    }
status-waiting-for-server-tip = conservate su questo computer; inviate automaticamente quando il server risponde (oppure: { $command })
status-demo-clinic = STUDIO DIMOSTRATIVO
status-journal-writes-failed =
    { $count ->
        [one] { $count } scrittura nel journal non riuscita
       *[other] { $count } scritture nel journal non riuscite
    }

## Shared widgets: the H:Q line

widget-hq-title = H:Q (momento torcente flessione / estensione del ginocchio, 90°)
widget-hq-side =
    { $side ->
        [left] sinistra { $value }
       *[right] destra { $value }
    }
widget-hq-no-lever-arm = un rapporto tra momenti torcenti richiede il braccio di leva di ogni prova (aggiungerlo in Storico, curve registrate, oppure con { $command })
widget-hq-not-both-tests = richiede flessione ed estensione del ginocchio 90/90 su quel lato in questa visita
widget-hq-caveat =
    { $side ->
        [left] H:Q sinistra { $caveat }
       *[right] H:Q destra { $caveat }
    }
widget-hq-source-no-threshold = { $source }; nessuna soglia impostata.
widget-hq-source-threshold = { $source }; soglia dello studio: almeno { $threshold }.
widget-side-left = sinistra
widget-side-right = destra
widget-side-both = entrambe le gambe

## Shared widgets: saving a file

widget-save-choose-folder = Scegliere una cartella vuota per l’esportazione
widget-save-folder-gone = la cartella { $folder } non esiste più
widget-save-no-file-manager = questo computer non ha un file manager per mostrarla ('{ $program }' non è installato); i file sono in { $folder }
widget-save-file-manager-failed = impossibile avviare il file manager ({ $program }: { $error }); i file sono in { $folder }
widget-save-cannot-create = impossibile creare { $folder }: { $error }
widget-save-no-dialog = Su questo sistema non è stato possibile mostrare una finestra di dialogo per i file, quindi non è stato ancora salvato nulla.
widget-save-in-own-folder = Salva nella cartella di esportazione di ForceTrack ({ $folder })
widget-save-not-now = Non ora
widget-save-saved-in-own-folder = Salvato nella cartella di esportazione di ForceTrack (questo computer non mostra finestre di dialogo per i file): { $folder }
widget-save-open-folder = Apri cartella
widget-save-cannot-show-folder = Impossibile mostrare la cartella: { $error }.

## Athletes, the athlete's page, history, progress charts, trial viewer and the results' wording

## Athlete list

athletes-heading = Atleti
athletes-search = Cerca
athletes-search-hint = nome, sport o id
athletes-show-archived = Mostra archiviati
athletes-add = ➕ Aggiungi atleta
athletes-none-yet = Ancora nessun atleta: aggiungere il primo.
athletes-none-match = Nessun atleta corrisponde.
athletes-col-status = Stato
athletes-col-athlete = Atleta
athletes-col-return-to-sport = Ritorno allo sport
athletes-col-sport = Sport
athletes-col-last-visit = Ultima visita
athletes-col-injury = Infortunio
athletes-status-cleared = rientro autorizzato
athletes-status-cleared-override = rientro autorizzato (deroga)
athletes-status-in-rehab = in riabilitazione
athletes-status-flagged = da monitorare
athletes-status-no-injury = nessun infortunio
athletes-status-words = rientro autorizzato: episodio firmato · rientro autorizzato (deroga): firmato contro una valutazione che non era “rientro autorizzato”, con una motivazione · in riabilitazione: episodio di infortunio aperto · da monitorare: dolore oltre 3/10 all’ultima visita, oppure l’asimmetria più recente di un test nella fascia rossa senza infortunio o dopo l’autorizzazione al rientro
athletes-status-pain = dolore { $pain }/10 all’ultima visita
athletes-status-red = { $status } · rosso: { $test }
athletes-name-archived = { $name } (archiviato)
athletes-open-tip = apri (Invio); ⬆ ⬇ per spostarsi

## Return to sport (the open episode's clearance status, in the list and on the athlete's page)

athletes-rts-all-pass = { $total ->
    [one] { $total } di { $total } soddisfatto
   *[other] tutti i { $total } soddisfatti
}
athletes-rts-without-data = { $none ->
    [one] { $none } di { $total } senza dati
   *[other] { $none } di { $total } senza dati
}
athletes-rts-fail = { $fail ->
    [one] { $fail } di { $total } non soddisfatto
   *[other] { $fail } di { $total } non soddisfatti
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } di { $total } non soddisfatto, { $none } senza dati
   *[other] { $fail } di { $total } non soddisfatti, { $none } senza dati
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ il criterio è soddisfatto
   *[other] ✔ tutti i { $total } criteri sono soddisfatti
}
athletes-rts-awaiting-signoff-tip = In attesa della firma del clinico: fare clic per aprire la checklist.
athletes-rts-open-checklist-tip = Fare clic per aprire la checklist.

## Athlete page

athlete-saved = Salvato.
athlete-not-restored = Non ripristinata: { $error }
athlete-archived = archiviato
athlete-new-session = ▶ Nuova sessione di test
athlete-new-session-tip = testa subito questo atleta
athlete-edit-profile = Modifica profilo
athlete-archive = Archivia
athlete-unarchive = Ripristina dall’archivio
athlete-archive-tip = gli atleti archiviati sono nascosti dall’elenco; non viene eliminato nulla
athlete-date-of-birth = Data di nascita
athlete-sex = Sesso
athlete-dominant-leg = Gamba dominante
athlete-sport = Sport
athlete-body-mass = Massa corporea
athlete-external-id = Id esterno
athlete-notes = Note
athlete-episodes = Episodi di infortunio
athlete-add-episode = ➕ Aggiungi episodio
athlete-episodes-none = Nessuno registrato.
athlete-episode-injured = infortunio: { $date }
athlete-episode-baseline = baseline pre-infortunio: { $date }
athlete-episode-cleared = rientro autorizzato: { $date }
athlete-visit-id = visita { $id }
athlete-edit = Modifica
athlete-return-to-sport = Ritorno allo sport
athlete-visits = { $visits ->
    [one] Visite ({ $visits })
   *[other] Visite ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = apri lo storico a questa visita

## Deleted visits on the athlete's page

athlete-deleted-heading = { $days ->
    [one] Visite eliminate di recente (ripristinabili per { $days } giorno)
   *[other] Visite eliminate di recente (ripristinabili per { $days } giorni)
}
athlete-deleted-trials = { $count ->
    [0] nessuna prova
    [one] { $count } prova: { $tests }
   *[other] { $count } prove: { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · eliminata il { $deleted }, ripristinabile fino al { $until }
athlete-restore-visit = Ripristina la visita del { $date }
athlete-restored = { $count ->
    [0] Ripristinata la visita del { $date }, senza prove.
    [one] Ripristinata la visita del { $date } con { $count } prova: { $tests }.
   *[other] Ripristinata la visita del { $date } con le sue { $count } prove: { $tests }.
}

## Athlete form (profile)

athlete-form-new = Nuovo atleta
athlete-form-edit = Modifica atleta
athlete-given-name = Nome
athlete-family-name = Cognome
athlete-body-mass-kg = Massa corporea (kg)
athlete-body-mass-hint = ad es. { $example }
athlete-external-id-hint = facoltativo
athlete-form-not-saved = { $problems ->
    [one] Non salvato: { $problems } problema da correggere (accanto ai campi).
   *[other] Non salvato: { $problems } problemi da correggere (accanto ai campi).
}
athlete-save = Salva atleta
athlete-cancel = Annulla

## Injury episode form

athlete-episode-form-new = Nuovo episodio di infortunio
athlete-episode-form-edit = Modifica episodio di infortunio
athlete-injury = Infortunio
athlete-side = Lato
athlete-grade = Grado
athlete-grade-hint = ad es. BAMIC 2b
athlete-location = Sede
athlete-injury-date = Data dell’infortunio
athlete-baseline = Baseline pre-infortunio
athlete-baseline-none = nessuna
athlete-baseline-tip = una visita precedente all’infortunio i cui risultati sono i valori normali dell’atleta
athlete-cleared-on = Rientro autorizzato il
athlete-not-cleared = rientro non ancora autorizzato: lo imposta una firma nella schermata Rientro
athlete-cleared-by-signoff = { $date } (impostato dalla sua firma)
athlete-save-episode = Salva episodio
athlete-problem-injury-date-needed = serve la data dell’infortunio
athlete-problem-baseline-after-injury = la visita del { $visit } non è precedente alla data dell’infortunio { $injury }: una baseline pre-infortunio è una visita precedente all’infortunio

## History

history-heading = Storico: { $athlete }
history-no-visits = Ancora nessuna visita.
history-hq-tab = Rapporto H:Q
history-hq-heading = Rapporto H:Q — momento torcente flessione / estensione del ginocchio a 90°, per lato
history-hq-note = { $source }; soglia dello studio: almeno { $threshold }. Dal valore per lato in uso ({ $summary }).
history-hq-note-no-threshold = { $source }; nessuna soglia impostata. Dal valore per lato in uso ({ $summary }).
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Visita
history-col-left = Sinistra
history-col-right = Destra
history-col-asymmetry = Asimmetria
history-col-lsi = LSI
history-col-pain = Dolore (S / D)
history-progress-heading = { $test } — andamento ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — andamento (ripetizioni)
history-key-left = ⏺ sinistra
history-key-right = ■ destra
history-key-baseline = - - - baseline pre-infortunio
history-key-injury = | infortunio (le linee si interrompono lì)
history-key-mdc = area ombreggiata: ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (inserito manualmente)
history-damaged = { $count ->
    [one] ⚠ Visita del { $date }: i campioni memorizzati della prova { $trials } sono danneggiati; esclusi da tutti i risultati (ripristinare un backup per recuperarli)
   *[other] ⚠ Visita del { $date }: i campioni memorizzati delle prove { $trials } sono danneggiati; esclusi da tutti i risultati (ripristinare un backup per recuperarli)
}
history-visits = Visite
history-visit-opened-tip = la visita aperta dalla pagina dell’atleta
history-asymmetry-heading = Andamento dell’asimmetria ({ $formula }, { $definition })
history-asymmetry-bands = punti colorati per fascia sulla differenza percentuale: ✔ verde < { $amber } %, ⚠ ambra, ✖ rosso ≥ { $red } % — { $source }
history-band-green = ✔ verde
history-band-amber = ⚠ ambra
history-band-red = ✖ rosso

## Charts (history)

chart-point-hover =
    { $series }
    { $date }: { $value }
chart-same-day-note = { $count ->
    [one] { $count } visita dello stesso giorno non è disegnata: ogni giorno mostra la sua ultima visita
   *[other] { $count } visite dello stesso giorno non sono disegnate: ogni giorno mostra la sua ultima visita
}
chart-kinds-key = pieni: { $latest }; vuoti: { $others } — non confrontabili, la linea si interrompe dove cambia il tipo di strumento
chart-baseline-left-out = Baseline pre-infortunio ({ $side }) non disegnata: rilevata con { $baseline }, non confrontabile con i valori più recenti ({ $latest })

## Trial viewer (recorded curves)

trial-heading = Curve registrate
trial-visit = Visita
trial-compare-with = Confronta con
trial-none = nessuna
trial-lever-arm = Braccio di leva, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Salva bracci di leva
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side }: rimosso
trial-lever-arm-saved = Braccio di leva salvato ({ $sides }): viene usato per momento torcente e H:Q.
trial-lever-arm-note = Misurato dopo la registrazione, o inserito in modo errato? Il braccio di leva, dall’asse articolare al punto di pressione del dispositivo, fornisce momento torcente e H:Q; lasciare vuoto se assente.
trial-curve = { $date } { $side } (prova { $trial })
trial-curve-recorded-by = { $date } { $side } (prova { $trial }, registrata da { $clinician })
trial-key-left = — sinistra
trial-key-right = — destra
trial-key-earlier = - - - la visita precedente
trial-key-marks = ■ barra chiara: il riposo preso come linea di base di ogni ripetizione   | inizio (onset)   ♦ picco   area ombreggiata: RFD 0-50 / 100 / 200 ms
trial-help = Tempo dall’inizio (onset) della prima ripetizione. Trascinare per spostare, Ctrl + rotellina per lo zoom, doppio clic per ripristinare; passare sopra con il mouse per i valori.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Results: words shared by the screens and the printed report

results-summary-best = migliore
results-summary-mean = media
results-reps = { $reps ->
    [one] { $reps } ripetizione
   *[other] { $reps } ripetizioni
}
results-reps-change = { $count ->
    [one] { $delta } ripetizione
   *[other] { $delta } ripetizioni
}
results-verdict-improved = migliorato
results-verdict-declined = peggiorato
results-verdict-within-error = entro l’errore di misura
results-verdict-no-mdc = non giudicato (nessun MDC per questo test)
results-verdict-not-comparable = non confrontabile: dispositivo o modalità diversi
results-change = { $delta }, { $verdict } (dal { $date })
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; ora { $now }, { $now_kinds })
results-mdc-clinic-setting = impostazione dello studio
results-hq-no-lever-arm = nessun braccio di leva
results-hq-source = H:Q = momento torcente di flessione / momento torcente di estensione del ginocchio a 90°. I deficit persistono dopo il ritorno al gioco ({ $maniar }); il cut-off isocinetico ({ $croisier }) non è trasferibile ai rapporti isometrici: nessuna soglia predefinita
results-hq-caveat = { $verdict } (flessione del ginocchio: { $flexion }; estensione del ginocchio: { $extension })
results-problem-bands = le fasce di asimmetria (ambra da { $amber } %, rosso da { $red } %) devono essere crescenti, tra almeno 1 % e al massimo 80 %
results-problem-rep-threshold = la soglia di ripetizione di { $test } ({ $threshold } N) deve essere tra 1 e 200 N: al di sopra, nessuna ripetizione di un test viene rilevata
results-problem-mdc = l’MDC di { $test } ({ $mdc }) deve essere maggiore di 0 e al massimo 1000
results-problem-hq = l’H:Q minimo ({ $hq }) deve essere compreso tra 0,1 e 2

## Flags: a result's quality concerns in plain words

flag-noisy-baseline = forza instabile prima dello sforzo
flag-not-sustained = tenuta non mantenuta
flag-clipped = raggiunto il massimo del dispositivo: il picco potrebbe essere più alto
flag-poor-fit = la curva di forza si adatta male al modello di salita
flag-fit-failed = impossibile adattare il modello di salita
flag-baseline-from-trial-start = nessun momento di quiete prima dello sforzo
flag-low-sample-rate = RFD non affidabile sotto 200 campioni/s
flag-inconsistent = ripetizioni non coerenti (CV oltre 10 %)
flag-excluded-rep-not-found = una ripetizione esclusa non si trova più nella registrazione

## Return-to-sport clearance
# Esito di un criterio: "soddisfatto" / "non soddisfatto" / "nessun dato".
# "Rientro autorizzato" per cleared; "autorizzazione al ritorno allo sport" per clearance;
# "deroga" per override; "firma" per sign-off; "modello" per template.

## Verdicts and statuses
clearance-verdict-pass = soddisfatto
clearance-verdict-fail = non soddisfatto
clearance-verdict-no-data = nessun dato
clearance-verdict-mark-pass = ✔ soddisfatto
clearance-verdict-mark-fail = ✖ non soddisfatto
clearance-verdict-mark-no-data = – nessun dato
clearance-status-all-pass = tutti i criteri soddisfatti
clearance-status-not-yet = non ancora
clearance-status-incomplete = incompleta
clearance-status-mark-all-pass = ✔ TUTTI I CRITERI SODDISFATTI
clearance-status-mark-not-yet = ✖ NON ANCORA
clearance-status-mark-incomplete = ⚠ INCOMPLETA
clearance-summary = { $status }: { $reason }
clearance-summary-screening = screening: { $status }: { $reason }
# Si evita l’accordo con $fail / $none (la selezione è su $total): "criteri … : 2 su 5".
clearance-reason-all-pass = { $total ->
    [one] il criterio richiesto è soddisfatto
   *[other] tutti i { $total } criteri richiesti sono soddisfatti
}
clearance-reason-fail-and-no-data = { $total ->
    [one] criterio richiesto non soddisfatto: { $fail } su { $total }, senza dati: { $none }
   *[other] criteri richiesti non soddisfatti: { $fail } su { $total }, senza dati: { $none }
}
clearance-reason-fail = { $total ->
    [one] criterio richiesto non soddisfatto: { $fail } su { $total }
   *[other] criteri richiesti non soddisfatti: { $fail } su { $total }
}
clearance-reason-no-data = { $total ->
    [one] criterio richiesto senza dati: { $none } su { $total }
   *[other] criteri richiesti senza dati: { $none } su { $total }
}

## Kinds of criterion (the template editor)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = asimmetria
clearance-kind-absolute = forza o momento torcente assoluti
clearance-kind-baseline-percent = % della baseline pre-infortunio
clearance-kind-pain = dolore
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = rapporto tra due test
clearance-kind-reps-count = numero di ripetizioni
clearance-kind-provocation = test di provocazione
clearance-kind-manual = verifica manuale
clearance-kind-any-of = almeno uno tra
clearance-kind-first-with-data = il primo con dati
clearance-kind-tests-done = test eseguiti
clearance-quantity-force-n = forza (N)
clearance-quantity-force-n-per-kg = forza per kg (N/kg)
clearance-quantity-torque-n-m = momento torcente (N·m)
clearance-quantity-torque-n-m-per-kg = momento torcente per kg (N·m/kg)

## Thresholds in words
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] media
       *[best] migliore
    }) ≥ { $percent } %
clearance-threshold-asymmetry = asimmetria ({ $summary ->
        [mean] media
       *[best] migliore
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] lato interessato
       *[each] ogni lato
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] lato interessato
       *[each] ogni lato
    } ≥ { $percent } % del valore pre-infortunio
clearance-threshold-pain = dolore ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } o in miglioramento su { $count } visita
   *[other] VISA-H ≥ { $score } o in miglioramento su { $count } visite
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H in miglioramento su { $count } visita
   *[other] VISA-H in miglioramento su { $count } visite
}
clearance-threshold-visa-h-recorded = VISA-H registrato
clearance-threshold-ratio = { $low }-{ $high } su ogni lato
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] lato interessato ≥ { $count } ripetizione
           *[other] lato interessato ≥ { $count } ripetizioni
        }
       *[each] { $count ->
            [one] ogni lato ≥ { $count } ripetizione
           *[other] ogni lato ≥ { $count } ripetizioni
        }
    }
clearance-threshold-provocation = tutti negativi
clearance-threshold-manual = spuntato dal clinico
clearance-threshold-or = { $first }, oppure { $second }
clearance-threshold-else = { $first }; in assenza di dati, { $second }
clearance-threshold-tests-done = { $tests } registrati su entrambi i lati
clearance-join-and = { $first } e { $second }
clearance-join-semicolon = { $first }; { $second }

## A template's problems (shown when a template is saved or read)
clearance-problem-lsi-percent = LSI { $value } non è una percentuale
clearance-problem-asymmetry-percent = asimmetria { $value } non è una percentuale
clearance-problem-baseline-percent = la percentuale della baseline { $value } non è una percentuale
clearance-problem-threshold-negative = la soglia { $value } deve essere un numero maggiore o uguale a 0
clearance-problem-pain-range = il dolore { $value } è fuori dall’intervallo 0-10
clearance-problem-visa-h-range = VISA-H { $value } è fuori dall’intervallo 0-100
clearance-problem-improving-visits = il miglioramento richiede almeno 2 visite
clearance-problem-ratio-empty = l’intervallo del rapporto { $low }-{ $high } è vuoto
clearance-problem-any-of-empty = “almeno uno tra” richiede almeno un’opzione
clearance-problem-first-with-data-empty = “il primo con dati” richiede almeno un’opzione
clearance-problem-tests-done-empty = “test eseguiti” richiede almeno un test
clearance-problem-no-id = il modello non ha un id
clearance-problem-no-name = il modello non ha un nome
clearance-problem-no-criteria = il modello non ha criteri
clearance-problem-criterion-no-id = un criterio (“{ $label }”) non ha un id
clearance-problem-criterion-twice = il criterio '{ $criterion }' compare due volte
clearance-problem-criterion-no-label = il criterio '{ $criterion }' non ha un’etichetta
clearance-problem-criterion-no-source = il criterio '{ $criterion }' non ha una fonte
clearance-problem-criterion-no-test = criterio '{ $criterion }': nessun test '{ $test }' nella libreria dei test
clearance-problem-criterion-rule = criterio '{ $criterion }': { $problem }
clearance-problem-stored = modello per il rientro '{ $template }': { $error }
clearance-problem-stored-unreadable = il modello per il rientro '{ $template }' non è leggibile: { $error }
clearance-no-template = nessun modello per il rientro '{ $template }'
clearance-no-episode = { $athlete } non ha l’episodio di infortunio { $episode }
clearance-no-visit = { $athlete } non ha la visita { $visit }
clearance-no-visit-to-evaluate = { $athlete } non ha visite da valutare
clearance-no-visit-for-athlete = nessuna visita { $visit } per questo atleta

## Readings (the values behind a verdict)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = asimmetria
clearance-reading-left = sinistra
clearance-reading-right = destra
clearance-reading-highest = massimo
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = bent-knee stretch
clearance-reading-modified-bent-knee-stretch = bent-knee stretch modificato
clearance-reading-reps = { $count ->
    [one] { $value } ripetizione
   *[other] { $value } ripetizioni
}
clearance-reading-yes = sì
clearance-reading-no = no
clearance-reading-positive = positivo
clearance-reading-negative = negativo
clearance-reading-percent-of-baseline = { $percent } % del valore pre-infortunio
clearance-agreement = { $percent } % di accordo
clearance-agreement-below-consensus = { $percent } % di accordo: consenso non raggiunto
clearance-below-consensus = consenso non raggiunto
clearance-source-with-agreement = { $source } ({ $agreement })

## Notes (where a value came from, why there is no data)
clearance-note-from-visit = dalla visita del { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } non registrato su entrambi i lati entro { $days } giorno
   *[other] { $test } non registrato su entrambi i lati entro { $days } giorni
}
clearance-note-lsi-left-involved = sinistra (interessata) / destra, { $summary ->
        [mean] media
       *[best] migliore
    }
clearance-note-lsi-right-involved = destra (interessata) / sinistra, { $summary ->
        [mean] media
       *[best] migliore
    }
clearance-note-lsi-weaker-stronger = lato più debole / più forte, { $summary ->
        [mean] media
       *[best] migliore
    }
clearance-note-side-without-force = un lato non ha valori di forza
clearance-note-percent-difference = differenza percentuale, { $summary ->
        [mean] media
       *[best] migliore
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } non registrato entro { $days } giorno
   *[other] { $test } non registrato entro { $days } giorni
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (con massa corporea) non registrato entro { $days } giorno
   *[other] { $test } (con massa corporea) non registrato entro { $days } giorni
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (con braccio di leva) non registrato entro { $days } giorno
   *[other] { $test } (con braccio di leva) non registrato entro { $days } giorni
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (con braccio di leva e massa corporea) non registrato entro { $days } giorno
   *[other] { $test } (con braccio di leva e massa corporea) non registrato entro { $days } giorni
}
clearance-note-best-rep = ripetizione migliore
clearance-note-best-reps = ripetizioni migliori
clearance-note-no-episode = nessun episodio di infortunio
clearance-note-no-baseline-visit = l’episodio non ha una visita di baseline pre-infortunio
clearance-note-baseline-missing = la visita di baseline non esiste più
clearance-note-not-at-baseline = { $test } non è stato registrato alla visita di baseline
clearance-note-not-comparable = non confrontabile: il valore pre-infortunio del lato { $side ->
        [left] sinistro
       *[right] destro
    } è stato misurato con { $before }, questo con { $now }
clearance-note-baseline = { $summary ->
        [mean] media
       *[best] migliore
    }, baseline { $date }
clearance-note-no-pain = { $days ->
    [one] nessun punteggio del dolore registrato nei test entro { $days } giorno
   *[other] nessun punteggio del dolore registrato nei test entro { $days } giorni
}
clearance-note-pain-on = durante { $tests }
clearance-note-no-visa-h = nessun VISA-H registrato
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } di { $needed } punteggio necessario per un andamento
   *[other] { $have } dei { $needed } punteggi necessari per un andamento
}
clearance-note-visa-h-rising = in aumento
clearance-note-visa-h-not-rising = non in aumento a ogni visita
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } e { $denominator } non registrati nella stessa visita entro { $days } giorno
   *[other] { $numerator } e { $denominator } non registrati nella stessa visita entro { $days } giorni
}
clearance-note-no-provocation = { $days ->
    [one] nessun test di provocazione registrato entro { $days } giorno
   *[other] nessun test di provocazione registrato entro { $days } giorni
}
clearance-note-modified-bent-knee-missing = il bent-knee stretch modificato (il più accurato) non è stato registrato
clearance-note-not-answered = nessuna risposta in questa visita
clearance-note-answered = risposta del { $date }
clearance-note-answered-by = risposta di { $clinician } del { $date }
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = deciso da { $threshold }
clearance-note-no-data-for = nessun dato per { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] non registrati su entrambi i lati entro { $days } giorno: { $tests }
   *[other] non registrati su entrambi i lati entro { $days } giorni: { $tests }
}

## Clearance screen
clearance-heading = Autorizzazione al ritorno allo sport: { $athlete }
clearance-no-visits = Ancora nessuna visita: testare prima l’atleta.
clearance-no-visit-to-evaluate-here = Nessuna visita da valutare.
clearance-injury = Infortunio
clearance-injury-none = nessuno (uno screening)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Visita
clearance-template = Modello
clearance-template-clinic = { $template } (studio)
clearance-edit-template = Modifica modello
clearance-edit-template-tip = modifica soglie e criteri richiesti, aggiungi criteri
clearance-copy-and-edit = Copia e modifica
clearance-copy-and-edit-tip = una copia dello studio; il modello predefinito resta disponibile
clearance-caution = La regola del 10 % va applicata con cautela: deficit superiori al 10 % erano frequenti al ritorno allo sport ({ $citation }). Leggere i numeri e gli andamenti, non solo l’esito.
clearance-name-to-answer = Inserire il proprio nome nella firma qui sotto per rispondere alle verifiche manuali: ogni risposta indica chi l’ha data.
clearance-column-verdict = Esito
clearance-column-criterion = Criterio
clearance-column-value = Valore
clearance-column-threshold = Soglia
clearance-column-trend = Andamento
clearance-column-source = Fonte
clearance-optional = facoltativo
clearance-answer-yes = Sì
clearance-answer-no = No
clearance-answer-none = Nessuna risposta
clearance-answer-name = { $criterion }: { $answer ->
        [yes] sì
        [no] no
       *[none] nessuna risposta
    }
clearance-answers = { $count ->
    [one] { $count } risposta
   *[other] { $count } risposte
}
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] sì
        [no] no
       *[withdrawn] risposta ritirata
    }
clearance-check-unnamed = senza nome
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date }: { $value } ({ $verdict })
clearance-print-report = Stampa report (PDF)…
clearance-report-csv = Report in CSV…
clearance-report-csv-tip = lo stesso contenuto, per i sistemi di cartella clinica
clearance-paper = Formato carta
clearance-paper-a4 = A4
clearance-paper-letter = Letter
clearance-report-wrote = Salvato { $path }
clearance-not-saved = Non salvato: { $error }

## Clearance banner
clearance-banner-cleared = ✔ RIENTRO AUTORIZZATO
clearance-banner-cleared-override = ✔! RIENTRO AUTORIZZATO IN DEROGA
clearance-banner-signed = Firmato da { $clinician } il { $at }: { $status }.
clearance-banner-screening = Uno screening: nessun episodio di infortunio, quindi nessun rientro da autorizzare.
clearance-banner-not-signed = Non firmato: il rientro è autorizzato solo quando un clinico firma.
clearance-banner-changed-since = Dopo la firma i criteri risultano “{ $summary }” (è cambiata una risposta o un risultato).
clearance-banner-context = { $days ->
    [one] { $episode } · valutato alla visita del { $date } · contano i risultati fino a { $days } giorno prima · modello: { $source }
   *[other] { $episode } · valutato alla visita del { $date } · contano i risultati fino a { $days } giorni prima · modello: { $source }
}
clearance-banner-no-episode = nessun episodio di infortunio (uno screening)

## Sign-off
clearance-signoff = Firma
clearance-signoff-newer-not-yet = ⚠ Questa è la visita del { $date }; una visita più recente, del { $newer }, indica { $status }: { $summary }. Firmare questa visita meno recente va contro quella più recente.
clearance-signoff-clinician = Clinico
clearance-signoff-login-tip = si firma con il proprio login sul server dello studio
clearance-signoff-your-name = il proprio nome
clearance-signoff-note = Nota
clearance-signoff-note-optional = facoltativa
clearance-signoff-note-why = perché si firma una valutazione i cui criteri non sono tutti soddisfatti
clearance-signoff-close-episode = Chiudi l’episodio di infortunio: ritorno allo sport autorizzato dal { $date }
clearance-signoff-close-episode-tip = { $episode } si chiude; l’elenco degli atleti mostra il rientro autorizzato
clearance-signoff-closes-by-override = L’episodio di infortunio si chiude con questa firma: rientro autorizzato in deroga dal { $date }, contro la valutazione (“{ $status }”).
clearance-signoff-stays-open = L’episodio di infortunio resta aperto: lo chiude solo la firma di una valutazione i cui criteri sono tutti soddisfatti (questa è “{ $status }”).
clearance-signoff-override = Autorizza comunque il ritorno allo sport (deroga alla valutazione)
clearance-signoff-override-tip = chiude l’episodio autorizzando il rientro contro i criteri; la nota è la motivazione, obbligatoria, e l’atleta compare come “rientro autorizzato (deroga)” nell’elenco, nei report e nello storico delle firme
clearance-signoff-sign-override = Firma: autorizza il rientro contro questa valutazione ({ $status })
clearance-signoff-sign-cleared = Firma: autorizza il ritorno allo sport
clearance-signoff-sign-screening = Firma questo screening
clearance-signoff-sign-evaluation = Firma questa valutazione ({ $status })
clearance-signoff-signing = Firma in corso…
clearance-signoff-already = Firmato da { $clinician } il { $at }. Una nuova firma è possibile quando cambia una risposta o un risultato.
clearance-signoff-enter-name = Inserire il proprio nome per firmare.
clearance-signoff-override-reason-needed = Serve la motivazione della deroga (nella nota).
clearance-signoff-newer-reason-needed = Serve la motivazione per chiudere contro la visita più recente (nella nota).
clearance-signoff-note-needed = Serve una nota per firmare una valutazione i cui criteri non sono tutti soddisfatti.
clearance-signoff-signed-by = Firmato da { $clinician }.
clearance-signoff-earlier = Firme precedenti
clearance-signoff-status = { $status ->
        [cleared] rientro autorizzato
        [screened] screening eseguito
        [not_yet] non ancora
        [incomplete] incompleta
        [all_pass] tutti soddisfatti
        [cleared_override] rientro autorizzato in deroga
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, visita del { $visit }
clearance-signoff-override-of = Deroga a una valutazione che era “{ $status }”. { $note }
clearance-signoff-unknown = sconosciuto
clearance-signoff-unreadable = La valutazione firmata non è leggibile.

## Template editor
clearance-editor-title = Modello: { $template }
clearance-editor-copy-of = Una copia dello studio di “{ $template }”; il modello predefinito resta disponibile.
clearance-editor-name = Nome
clearance-editor-max-age = I risultati valgono per (giorni)
clearance-editor-used-for = Usato per
clearance-editor-required = obbligatorio
clearance-editor-remove = Rimuovi
clearance-editor-remove-tip = rimuovi “{ $criterion }”
clearance-editor-label = Etichetta
clearance-editor-source = Fonte
clearance-editor-new-criterion = Nuovo criterio
clearance-editor-add-criterion = Aggiungi criterio
clearance-editor-new-criterion-label = Nuovo criterio: { $kind }
clearance-editor-new-criterion-source = scelta dello studio
clearance-editor-save = Salva modello
clearance-editor-cancel = Annulla
clearance-editor-delete = Elimina modello
clearance-editor-delete-tip = solo la copia dello studio
clearance-editor-test = Test
clearance-editor-divided-by = diviso per
clearance-editor-per-side = Per lato
clearance-editor-best = migliore
clearance-editor-mean = media
clearance-editor-sides = Lati
clearance-editor-each = ciascuno
clearance-editor-involved = interessato
clearance-editor-lsi-at-least = LSI almeno (%)
clearance-editor-asymmetry-at-most = Asimmetria al massimo (%)
clearance-editor-quantity = Grandezza
clearance-editor-at-least = Almeno
clearance-editor-at-least-baseline = Almeno (% del valore pre-infortunio)
clearance-editor-pain-at-most = Dolore al massimo (0-10), in ogni test della visita
clearance-editor-visa-h-at-least = VISA-H almeno
clearance-editor-score = Punteggio
clearance-editor-or-improving = o in miglioramento
clearance-editor-over-visits = numero di visite
clearance-editor-between = tra
clearance-editor-and = e
clearance-editor-reps-at-least = Almeno (ripetizioni)
clearance-editor-provocation = I test di provocazione registrati alla visita sono tutti negativi.
clearance-editor-manual = Spuntato dal clinico a ogni visita.
clearance-editor-any-of = Soddisfatto quando almeno uno di questi è soddisfatto:
clearance-editor-first-with-data = Decide il primo di questi con dati:
clearance-editor-tests-done = Ognuno di questi test registrato su entrambi i lati:

## Built-in templates (their names, criteria and sources)
clearance-hamstring-strain-name = Lesione muscolare degli ischiocrurali
clearance-hamstring-strain-source = { $citation1 } (consenso Delphi sul ritorno al gioco dopo lesione degli ischiocrurali), con soglie oggettive
clearance-hamstring-strain-knee-flexion-90-lsi-label = Flessione isometrica del ginocchio 90/90: LSI almeno 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Flessione isometrica del ginocchio, prono 0-30°: LSI almeno 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; test a fine escursione secondo { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nordic: LSI almeno 90 %
clearance-hamstring-strain-nordic-strength-label = Nordic: ogni gamba almeno 337 N, oppure almeno il 100 % della baseline pre-infortunio
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (calcio: < 337 N aumenta il rischio di lesione degli ischiocrurali)
clearance-hamstring-strain-no-pain-label = Nessun dolore (0/10) in alcun test di forza
clearance-hamstring-strain-bridge-lsi-label = Ponte monopodalico per ischiocrurali: LSI almeno 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; test secondo { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Ponte monopodalico per ischiocrurali: almeno 25 ripetizioni per lato
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (sotto circa 20 scarso, circa 25 nella media, oltre 30 buono)
clearance-hamstring-strain-palpation-pain-free-label = Nessun dolore alla palpazione
clearance-hamstring-strain-flexibility-symmetric-label = Flessibilità degli ischiocrurali simile al lato controlaterale
clearance-hamstring-strain-field-tests-done-label = Test sul campo sport-specifici completati
clearance-hamstring-strain-athlete-ready-label = L’atleta si sente pronto al rientro
clearance-hamstring-london-2023-name = Lesione degli ischiocrurali, consenso di Londra 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Flessione isometrica del ginocchio 90/90: entro il 10 % del valore pre-infortunio (se disponibile, altrimenti LSI almeno 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Flessione isometrica del ginocchio, prono 0-30°: entro il 10 % del valore pre-infortunio (se disponibile, altrimenti LSI almeno 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nordic: entro il 10 % del valore pre-infortunio (se disponibile, altrimenti LSI almeno 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Forza isometrica di picco testata in range intermedio ed esterno (flessione del ginocchio a 90° e a 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Nessuna apprensione
clearance-hamstring-london-2023-athlete-ready-label = Prontezza al rientro autovalutata dall’atleta
clearance-hamstring-london-2023-sprint-loads-done-label = Carichi di sprint prossimi al livello di gara completati
clearance-hamstring-london-2023-running-pain-mild-label = Dolore nella corsa al massimo lieve, e non peggiore 24 ore dopo
clearance-proximal-hamstring-tendinopathy-name = Tendinopatia prossimale degli ischiocrurali
clearance-proximal-hamstring-tendinopathy-source = secondo { $citation1 } (progressione del carico) e { $citation2 } (monitoraggio del dolore)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Dolore durante i test di carico al massimo 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 sicuro, 4-5 accettabile, oltre 5 non accettabile)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Dolore il mattino seguente non peggiore di prima
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H in miglioramento nelle ultime 3 visite
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); un punteggio obiettivo è a scelta dello studio
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Flessione isometrica del ginocchio, prono 0-30°: LSI almeno 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Estensione isometrica dell’anca: LSI almeno 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Test di provocazione negativi
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (bent-knee stretch modificato: sensibilità 89 %, specificità 91 %)
clearance-glute-hip-name = Forza di glutei / anca
clearance-glute-hip-source = simmetria come nei criteri per gli ischiocrurali; valori normativi adduzione:abduzione dell’anca secondo { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Abduzione isometrica dell’anca: LSI almeno 90 %
clearance-glute-hip-hip-abduction-lsi-source = la regola di simmetria del 90 % dei criteri per gli ischiocrurali ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Estensione isometrica dell’anca: LSI almeno 90 %
clearance-glute-hip-hip-extension-lsi-source = la regola di simmetria del 90 % dei criteri per gli ischiocrurali ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Rapporto adduzione:abduzione tra 1,0 e 1,4 su ogni lato
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (calcio professionistico: 1,2 ± 0,2)

## The printed report (PDF), the report's CSV text, the methods behind the numbers, and the
## Export screen. The report is made in a language chosen for it, which may differ from the app's.

## Methods: one sentence per fact, in the words of a clinical methods section
# DS = deviazione standard (SD), come nella letteratura italiana.

methods-sentence = { $label }: { $text }.
methods-list-and = { $rest } e { $last }
methods-label-analysis = Analisi
methods-label-reps = Ripetizioni
methods-label-onset = Inizio (onset)
methods-label-rfd = RFD
methods-label-result = Risultato
methods-label-asymmetry = Asimmetria
methods-label-lsi = LSI
methods-label-hq = H:Q
methods-label-mdc = MDC95
methods-label-devices = Dispositivi
methods-label-left-out = Esclusi
methods-analysis = curve forza-tempo analizzate da ForceTrack (revisione dell’analisi { $revision }); ogni ripetizione è misurata dalla propria linea di base, i { $window } ms più stabili prima della salita
methods-reps-auto = una ripetizione inizia quando la forza supera max({ $floor }, { $multiple } × la DS della linea di base della prova)
methods-reps-fixed = una ripetizione inizia sopra una soglia fissa di { $threshold }
methods-reps-with-fixed = { $rule } (soglia fissa: { $fixed })
methods-threshold-for-test = { $threshold } per { $test }
methods-onset = forza superiore di oltre max({ $floor }, { $multiple } × la DS della linea di base) alla linea di base della ripetizione
methods-rfd = tasso di sviluppo della forza su { $windows } ms dall’inizio, RFD di picco su una finestra mobile di { $peak } ms; { $low_rate }
methods-result =
    { $summary ->
        [mean] la forza di picco media delle ripetizioni accettate per lato è usata per asimmetria e variazione; CV = DS / media × 100, ripetizioni non coerenti oltre { $cv } %
       *[best] la forza di picco migliore (la più alta) delle ripetizioni accettate per lato è usata per asimmetria e variazione; CV = DS / media × 100, ripetizioni non coerenti oltre { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); verde sotto { $amber } %, ambra da { $amber } %, rosso da { $red } % di squilibrio ({ $source }, pubblicato solo per il Nordic; una convenzione per gli altri test)
methods-lsi = lato interessato / non interessato × 100 (più debole / più forte in assenza di un lato infortunato)
methods-hq = momento torcente flessione / estensione del ginocchio a 90° per lato (forza × braccio di leva); { $threshold } ({ $source }; il valore isocinetico { $other_value } di { $other_source } non è trasferibile ai rapporti isometrici)
methods-hq-no-threshold = nessuna soglia impostata
methods-hq-threshold = soglia dello studio almeno { $value }
methods-mdc-percent = { $value } % del risultato precedente
methods-mdc-for-tests = { $value } per { $tests } ({ $source })
methods-mdc-none-for-tests = nessuno per { $tests }, le cui variazioni sono mostrate come misurate
methods-mdc = la variazione minima rilevabile; una variazione inferiore è entro l’errore di misura: { $list }
methods-unknown-rate = frequenza sconosciuta
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, registrato e inserito manualmente
methods-device-entered-by-hand = { $device }, inserito manualmente (il picco di ogni ripetizione)
methods-reps-counted = ripetizioni contate dal clinico
methods-source-for-tests = { $source } per { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } prova esclusa da tutti questi risultati: { $list }
       *[other] { $count } prove escluse da tutti questi risultati: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } riga esclusa da tutti questi risultati: { $list }
       *[other] { $count } righe escluse da tutti questi risultati: { $list }
    }

## Report: the title and the athlete

report-title = Report di forza e ritorno allo sport
report-subtitle = { $name } · visita del { $date }
report-fact-athlete = Atleta
report-fact-date-of-birth = Data di nascita
report-fact-profile = Profilo
report-fact-external-id = Id esterno
report-fact-injury = Infortunio
report-fact-injured-on = Data dell’infortunio
report-fact-baseline = Baseline pre-infortunio
report-fact-cleared-on = Data del rientro autorizzato
report-fact-visit = Visita
report-fact-visa-h = VISA-H
report-fact-provocation = Test di provocazione
report-fact-notes = Note
report-dominant-leg =
    { $side ->
        [left] gamba dominante sinistra
       *[right] gamba dominante destra
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } giorno prima di questa visita)
       *[other] { $date } ({ $days } giorni prima di questa visita)
    }
report-baseline-none = nessuna registrata
report-baseline-visit = visita del { $date }
report-no-episode = nessun episodio di infortunio (screening)
report-visit-clinician = clinico { $name }
report-visit-body-mass = massa corporea { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = bent-knee stretch
report-provocation-modified-bent-knee-stretch = bent-knee stretch modificato
report-provocation-result =
    { $result ->
        [positive] { $test } positivo
       *[negative] { $test } negativo
    }
report-provocation-value = { $tests } ({ $source })

## Report: the results of the visit

report-results-heading = Risultati di questa visita (forze in { $unit })
report-col-test = Test
report-col-side = Lato
report-col-best = Migliore
report-col-mean = Media
report-col-cv = CV
report-col-pain = Dolore
report-col-asymmetry = Asimmetria
report-col-lsi = LSI
report-col-change = Variazione
report-band =
    { $band ->
        [green] verde
        [amber] ambra
       *[red] rosso
    }
report-asymmetry-with-band = { $asymmetry } ({ $band })
report-change-other-device = altro dispositivo: { $value } il { $date }, { $instruments }
report-change-first-visit = prima visita
report-no-tests = In questa visita non è stato registrato alcun test.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side }: { $flags }
report-read-with-care = Da leggere con cautela: { $items }.
report-entered-by-hand = Inseriti manualmente (il picco di ogni ripetizione letto sul display del dispositivo; nessuna metrica della curva): { $items }.
report-note-summary =
    { $summary ->
        [mean] Migliore è la ripetizione migliore, i conteggi sono ripetizioni; asimmetria, LSI e variazione usano la media per lato (vedere i metodi).
       *[best] Migliore è la ripetizione migliore, i conteggi sono ripetizioni; asimmetria, LSI e variazione usano il valore migliore per lato (vedere i metodi).
    }
report-note-other-device = Altro dispositivo: il valore precedente è stato rilevato con un altro tipo di dispositivo o modalità (ne sono indicati valore, data e dispositivo); la variazione si confronta solo all’interno dello stesso tipo di dispositivo.
report-hq-below = { $ratio } (sotto soglia)
report-hq-earlier-item = { $date }: S { $left } D { $right }
report-hq-line = H:Q (momento torcente flessione / estensione del ginocchio a 90°) del { $date }: sinistra { $left }, destra { $right }; { $threshold }.
report-hq-earlier = Precedenti: { $items }.
report-hq-caveat = H:Q { $side } { $caveat }.

## Report: progress over visits

report-progress-heading = Andamento tra le visite
report-progress-legend = Sinistra: cerchi blu; destra: quadrati arancioni; tratteggio: baseline pre-infortunio; punteggiato rosso: soglie di rischio pubblicate; rosso continuo: l’infortunio (le linee si interrompono lì); vuoti: un tipo di strumento diverso da quello dei valori più recenti (non confrontabili: anche lì le linee si interrompono); un punto al giorno (l’ultima visita del giorno).
report-chart-title = { $test } ({ $unit })
report-unit-reps = ripetizioni
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Soglie: { $thresholds }
report-methods-heading = Metodi

## Report: return-to-sport clearance and sign-off

report-clearance-heading = Autorizzazione al ritorno allo sport: { $template }
report-status-cleared-signed = RIENTRO AUTORIZZATO (firmato)
report-status-cleared-override-signed = RIENTRO AUTORIZZATO IN DEROGA (firmato)
report-status-screening-all-pass = SCREENING: TUTTI I CRITERI SODDISFATTI
report-status-all-pass-not-signed = TUTTI I CRITERI SODDISFATTI (non firmato)
report-status-not-yet = RIENTRO NON ANCORA AUTORIZZATO
report-status-incomplete = INCOMPLETA
report-evaluated-at = { $reason } (valutato alla visita del { $date })
report-clearance-template =
    { $days ->
        [one] Modello: { $source }. Contano i risultati fino a { $days } giorno prima della visita. Il rientro è autorizzato solo quando un clinico firma una valutazione i cui criteri richiesti sono tutti soddisfatti; decide il clinico.
       *[other] Modello: { $source }. Contano i risultati fino a { $days } giorni prima della visita. Il rientro è autorizzato solo quando un clinico firma una valutazione i cui criteri richiesti sono tutti soddisfatti; decide il clinico.
    }
report-col-verdict = Esito
report-col-criterion = Criterio
report-col-value = Valore
report-col-threshold = Soglia
report-col-source = Fonte
report-col-trend = Andamento
report-criterion-optional = { $criterion } (facoltativo)
report-value-with-note = { $value } ({ $note })
report-trend-key = Andamento: il criterio nelle ultime visite dell’episodio, dalla meno recente (+ soddisfatto, x non soddisfatto, · nessun dato).
report-ten-percent-caution = La regola del 10 % va applicata con cautela: deficit superiori al 10 % erano frequenti al ritorno allo sport ({ $source }). Leggere i numeri e gli andamenti, non solo l’esito.
report-signoff-heading = Firma
report-signed-by = Firmato da { $clinician } il { $date } con lo stato “{ $status }”.
report-answer-yes = sì
report-answer-no = no
report-answer-withdrawn = risposta ritirata
report-answer-changed = { $check }: { $answer }, da { $clinician } il { $date }
report-answers-changed = Risposte modificate dopo questa firma (la checklist sopra mostra ciò che è stato firmato): { $items }.
report-not-signed = Non ancora firmato in ForceTrack.
report-sign-clinician = Clinico
report-sign-date = Data
report-sign-signature = Firma

## Report: each page's footer and the PDF's properties (drawn by draw.rs)

report-pdf-title = Report ForceTrack: { $name }, { $date }
report-footer = { $name } · visita del { $date } · generato da ForceTrack il { $made }
report-page-of = pagina { $page } di { $pages }

## Report: the CSV's text column (the column names and ids stay English)

report-csv-entered-by-hand = inserito manualmente
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict }: { $criterion }; soglia { $threshold }
report-csv-criterion-optional = { $verdict } (facoltativo): { $criterion }; soglia { $threshold }
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = ritirata
report-csv-answer-changed = { $answer }, da { $clinician } il { $date }

## The Export screen

export-heading = Esporta
export-kind-visit-summary = Riepilogo della visita (una riga per test e lato)
export-kind-history = Storico dell’atleta (una riga per visita e test)
export-kind-traces = Tracciati grezzi (un CSV per prova)
export-kind-all = Tutto (ogni tabella e tracciato, per la ricerca o un altro computer)
export-athlete = Atleta: { $name }
export-open-athlete-first = Aprire prima un atleta (o esportare tutto).
export-all-visits = tutte le visite
export-visit = Visita
export-separator = Separatore
export-separator-comma = virgola
export-separator-semicolon = punto e virgola
export-separator-tab = tabulazione
export-decimal-comma = virgola decimale (1,5)
export-decimal-comma-needs-separator = la virgola decimale richiede un altro separatore: scegliere punto e virgola o tabulazione
export-bom = Excel (UTF-8 con BOM)
export-bom-tip = Inizia il file con un byte order mark, così Excel legge correttamente i nomi in qualsiasi alfabeto. Per il riepilogo della visita e lo storico dell’atleta.
export-no-visits = Questo atleta non ha ancora visite.
export-button = Esporta…
export-visits-not-read = Impossibile leggere le visite: { $error }
export-cannot-create = impossibile creare { $path }: { $error }
export-choose-visit = scegliere una visita
export-open-athlete = aprire prima un atleta
export-wrote-rows =
    { $rows ->
        [one] Scritta { $rows } riga in { $path }
       *[other] Scritte { $rows } righe in { $path }
    }
export-wrote-traces =
    { $files ->
        [one] Scritto { $files } file di tracciato in { $path }
       *[other] Scritti { $files } file di tracciato in { $path }
    }
export-exported-all = Esportati { $athletes }, { $visits } e { $trials } in { $path }
export-count-athletes =
    { $count ->
        [one] { $count } atleta
       *[other] { $count } atleti
    }
export-count-visits =
    { $count ->
        [one] { $count } visita
       *[other] { $count } visite
    }
export-count-trials =
    { $count ->
        [one] { $count } prova
       *[other] { $count } prove
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } prova esclusa, danneggiata: { $list }
       *[other] { $count } prove escluse, danneggiate: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } riga esclusa, danneggiata: { $list }
       *[other] { $count } righe escluse, danneggiate: { $list }
    }

## The report's choices (beside the report's buttons)

export-report-language = Lingua del report
export-report-language-tip = Il report viene scritto in questa lingua, indipendentemente dalla lingua dell’app.

## Report: text no font on this computer can print
report-unprintable = impossibile stampare il report: nessun font di questo computer contiene il carattere “{ $char }” ({ $code }), presente in: { $place } (installare un font che lo contenga: su Debian e Ubuntu fonts-noto-core e fonts-noto-cjk; oppure modificare il testo)
report-place-athlete = il nome dell’atleta “{ $name }”
report-place-clinician = il nome del clinico “{ $name }”
report-place-signer = il nome del clinico che ha firmato “{ $name }”
report-place-page = “{ $text }” a pagina { $page }

## Built-in data: tests, batteries, device profiles, and the words of the model

## Built-in tests
# I comandi verbali (-cue) si rivolgono all’atleta con il "tu", come si fa in palestra e sul campo.
# -lever-arm comincia con "dalla/dal …" (run-lever-arm-tip: "misurato { $landmark }").

## Test: Nordic hamstring exercise

test-nordic-name = Nordic hamstring exercise
test-nordic-position = In ginocchio sulla tavola imbottita, caviglie nei fermi sopra le celle di carico, anche estese, braccia incrociate o pronte ad attutire la caduta.
test-nordic-cue = Inclinati in avanti il più lentamente possibile, tieni le anche estese, resisti fino in fondo.
test-nordic-lever-arm = dalla rima articolare del ginocchio al centro della cinghia alla caviglia
test-nordic-notes = Eccentrico, entrambe le gambe contemporaneamente; migliore di 3 per gamba.
test-nordic-threshold-1 = Rischio, inizio precampionato
test-nordic-threshold-2 = Rischio, fine precampionato
test-nordic-threshold-3 = Rischio (calcio)
test-nordic-norm-1 = Atteso per gamba ≈ 4 × massa corporea + 26

## Test: Isometric knee flexion 90/90

test-knee-flexion-iso-90-name = Flessione isometrica del ginocchio 90/90
test-knee-flexion-iso-90-position = Supino, anca e ginocchio a 90°, tallone sul cuscinetto del dinamometro (o del telaio fisso) nella parte distale della gamba.
test-knee-flexion-iso-90-cue = Spingi il tallone in basso contro il cuscinetto più forte che puoi, aumenta la forza nell’arco di un secondo e mantieni.
test-knee-flexion-iso-90-lever-arm = dalla rima articolare del ginocchio al centro del cuscinetto
test-knee-flexion-iso-90-notes = Make test, 3 × 3-5 s di tenuta, 30 s di recupero, migliore.

## Test: Isometric knee flexion, prone 0-30°

test-knee-flexion-iso-30-name = Flessione isometrica del ginocchio, prono 0-30°
test-knee-flexion-iso-30-position = Prono, ginocchio flesso a 0-30° (15° come in Reurink 2016), cuscinetto al tallone.
test-knee-flexion-iso-30-cue = Piega il ginocchio contro il cuscinetto più forte che puoi e mantieni.
test-knee-flexion-iso-30-lever-arm = dalla rima articolare del ginocchio al centro del cuscinetto
test-knee-flexion-iso-30-notes = Test a fine escursione usato dopo lesione degli ischiocrurali (Reurink et al. 2016 hanno testato a 15°).

## Test: Isometric posterior chain 90/20

test-ipc-90-20-name = Catena posteriore isometrica 90/20
test-ipc-90-20-position = Supino, tallone sulla pedana di forza posta su un rialzo, anca a 90°, ginocchio a 20°; l’altra gamba rilassata.
test-ipc-90-20-cue = Spingi il tallone in basso sulla pedana più forte e più velocemente che puoi e mantieni per 3 secondi.
test-ipc-90-20-lever-arm = dal centro articolare dell’anca al punto di contatto del tallone
test-ipc-90-20-notes = Monopodalico, 3 × 3 s, migliore.

## Test: Isometric hip extension

test-hip-extension-iso-name = Estensione isometrica dell’anca
test-hip-extension-iso-position = Prono, ginocchio flesso a 90°, dinamometro sulla faccia posteriore della coscia appena sopra il ginocchio.
test-hip-extension-iso-cue = Solleva la coscia contro la mia mano più forte che puoi e mantieni.
test-hip-extension-iso-lever-arm = dal grande trocantere al centro del dinamometro
test-hip-extension-iso-notes = Grande gluteo; migliore di 3.

## Test: Isometric hip abduction

test-hip-abduction-iso-name = Abduzione isometrica dell’anca
test-hip-abduction-iso-position = Supino (o sul fianco), gamba tesa, dinamometro 5 cm sopra il malleolo laterale.
test-hip-abduction-iso-cue = Spingi la gamba verso l’esterno contro la mia mano più forte che puoi e mantieni.
test-hip-abduction-iso-lever-arm = dalla spina iliaca anteriore superiore al centro del dinamometro
test-hip-abduction-iso-notes = Medio gluteo; migliore di 3.
test-hip-abduction-iso-norm-1 = Calcio professionistico (eccentrico)

## Test: Isometric hip adduction

test-hip-adduction-iso-name = Adduzione isometrica dell’anca
test-hip-adduction-iso-position = Supino, gamba tesa, dinamometro 5 cm sopra il malleolo mediale.
test-hip-adduction-iso-cue = Stringi la gamba verso l’altra più forte che puoi e mantieni.
test-hip-adduction-iso-lever-arm = dalla spina iliaca anteriore superiore al centro del dinamometro
test-hip-adduction-iso-notes = Migliore di 3.
test-hip-adduction-iso-norm-1 = Rapporto adduzione : abduzione

## Test: Isometric knee extension 90/90

test-knee-extension-iso-90-name = Estensione isometrica del ginocchio 90/90
test-knee-extension-iso-90-position = Seduto, anca e ginocchio a 90°, dinamometro fissato con una cinghia (o telaio fisso) nella parte distale della gamba, appena sopra la caviglia.
test-knee-extension-iso-90-cue = Spingi la tibia in avanti contro il cuscinetto più forte che puoi, aumenta la forza nell’arco di un secondo e mantieni.
test-knee-extension-iso-90-lever-arm = dalla rima articolare del ginocchio al centro del cuscinetto nella parte distale della gamba
test-knee-extension-iso-90-notes = Make test, 3 × 3-5 s di tenuta, 30 s di recupero, migliore. Per il rapporto ischiocrurali/quadricipite (H:Q) con la flessione isometrica del ginocchio 90/90 (Maniar et al. 2016: i deficit di H:Q persistono dopo il ritorno al gioco).

## Test: Knee flexion break test

test-knee-flexion-break-name = Break test in flessione del ginocchio
test-knee-flexion-break-position = Prono, ginocchio a 90°, dinamometro al tallone.
test-knee-flexion-break-cue = Tieni il ginocchio piegato contro di me; non lasciarmelo estendere.
test-knee-flexion-break-lever-arm = dalla rima articolare del ginocchio al centro del dinamometro
test-knee-flexion-break-notes = I break test danno valori del 16-51 % più alti dei make test: non confrontare mai i due.

## Test: Single-leg hamstring bridge

test-single-leg-bridge-name = Ponte monopodalico per ischiocrurali
test-single-leg-bridge-position = Supino, tallone della gamba testata su un rialzo di 60 cm, ginocchio leggermente flesso, altra gamba verticale, braccia incrociate.
test-single-leg-bridge-cue = Spingi il tallone in basso e solleva completamente il bacino, a ogni ripetizione, finché non riesci più a continuare.
test-single-leg-bridge-lever-arm = non applicabile
test-single-leg-bridge-notes = Ripetizioni fino a esaurimento, una serie per lato: sotto circa 20 scarso, circa 25 nella media, oltre 30 buono.
test-single-leg-bridge-threshold-1 = Scarso
test-single-leg-bridge-threshold-2 = Buono
test-single-leg-bridge-norm-1 = Nella media

## Built-in batteries (ordered sets of tests done in one session)

battery-hamstring-strain-name = Lesione degli ischiocrurali
battery-proximal-hamstring-tendinopathy-name = Tendinopatia prossimale degli ischiocrurali
battery-glute-hip-name = Glutei / anca

## Body regions a test belongs to

region-hamstring = Ischiocrurali
region-glute-hip = Glutei / anca
region-quadriceps = Quadricipite

## What instrument a test is done with

device-kind-hhd = dinamometro manuale
device-kind-hhd-or-fixed-frame = dinamometro manuale o telaio fisso
device-kind-dual-load-cell = doppia cella di carico (dispositivo Nordic)
device-kind-force-plate = pedana di forza
device-kind-none = nessuno (conteggio inserito)

## The kind of instrument a trial was measured with (results of different kinds are not compared)

device-kind-instrument-handheld = dinamometro manuale
device-kind-instrument-fixed-frame = telaio fisso
device-kind-instrument-load-cell-rig = sistema a celle di carico
device-kind-instrument-force-plate = pedana di forza

## Types of muscle action

contraction-isometric = isometrica
contraction-eccentric = eccentrica
contraction-eccentric-break = eccentrica (break)
contraction-endurance = resistenza

## Numbers read off a rep's force curve, beyond its peak force

test-metric-time-to-peak = Tempo al picco
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Migliore media su 1 s

## Sides (legs)
# Femminile: si sottintende "gamba" ("gamba dominante: sinistra").

side-left = sinistra
side-right = destra
side-both = entrambe
# S = sinistra, D = destra ("12 % S").
side-left-letter = S
side-right-letter = D
side-both-letter = S+D

## An athlete's sex as recorded on the profile

model-sex-female = femmina
model-sex-male = maschio
model-sex-other = altro

## Injuries

model-injury-hamstring-strain = Lesione degli ischiocrurali
model-injury-proximal-hamstring-tendinopathy = Tendinopatia prossimale degli ischiocrurali
model-injury-distal-hamstring-tendinopathy = Tendinopatia distale degli ischiocrurali
model-injury-gluteal-tendinopathy = Tendinopatia glutea
model-injury-other = Altro
model-location-bf-long-head = capo lungo del bicipite femorale
model-location-bf-short-head = capo breve del bicipite femorale
model-location-semitendinosus = semitendinoso
model-location-semimembranosus = semimembranoso
model-location-tendon = tendine
model-injury-grade = grado { $grade }

## A clinician's sign-off of a return-to-sport evaluation

model-signoff-status-all-pass = tutti soddisfatti
model-signoff-status-not-yet = non ancora
model-signoff-status-incomplete = incompleta
model-signoff-status-override = rientro autorizzato in deroga, contro la valutazione
model-signoff-override-reason = Motivazione della deroga: { $note }
model-signoff-note = Nota: { $note }

## Built-in device profiles
# Nomi di prodotto, comandi (?C, LIST, ?, D, v, UNITS), impostazioni (serial.baud, …) e formati
# (Numeric Only) restano come sono. "force gauge" = dinamometro digitale.

profile-mark10-name = Dinamometro digitale Mark-10 Series 5/7
profile-mark10-notes = Interrogato con ?C a 50 Hz; l’unità viene letta dal dinamometro (LIST) al collegamento. Impostare il dinamometro a 115200 baud (o modificare serial.baud) e uscire dal suo menu (risponde solo dalla schermata principale). La trazione risulta negativa.
profile-mark10-hint-1 = sembra un dinamometro Mark-10 Series 4, che conosce solo '?' e risponde *10 agli altri comandi
profile-mark10-hint-2 = sembra un dinamometro Mark-10 Series 4, che conosce solo '?' e risponde *10 agli altri comandi
profile-mark10-series4-name = Dinamometro digitale Mark-10 Series 4
profile-mark10-series4-notes = Interrogato con ? a 20 Hz. Il dinamometro deve inviare la propria unità (formato dati con unità, non Numeric Only). Non ha un comando di azzeramento: ForceTrack esegue la tara via software. La trazione risulta negativa.
profile-chronojump-force-sensor-name = Sensore di forza Chronojump (Arduino + HX711)
profile-chronojump-force-sensor-notes = La scheda si riavvia quando la porta viene aperta: ForceTrack attende 3 s prima dell’handshake. Ogni comando riceve risposta circa 1 s dopo l’invio.
profile-chronojump-force-platform-name = Piattaforma di forza Chronojump, 4 celle di carico (binario)
profile-chronojump-force-platform-notes = I conteggi moltiplicati per parse.fields.scale danno newton: il firmware non invia la propria calibrazione, quindi calibrare la scala di ogni cella per la propria piattaforma. Ogni comando riceve risposta circa 1 s dopo l’invio.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Trasmette dall’accensione; la scheda si riavvia quando la porta viene aperta (circa 1,5 s di silenzio). Eseguire la tara dal menu della scheda, oppure lasciare che ForceTrack esegua la tara via software. Formato di riga del firmware 1.2.
profile-loadstar-di1000u-name = Interfaccia per celle di carico Loadstar DI-1000U
profile-loadstar-di1000u-notes = I modelli ad alta velocità possono richiedere 230400 baud. L’unità viene dalla risposta UNITS; un’unità sconosciuta interrompe la connessione indicandone il nome.
profile-imada-dst-name = Dinamometro digitale Imada DST/DSV
profile-imada-dst-notes = Interrogato con D a 20 Hz. Modelli USB: impostare serial.baud = 256000 e serial.flow_control = "hardware".
profile-nextech-dfs-name = Dinamometro digitale Nextech DFS/DFT
profile-nextech-dfs-notes = Interrogato con v a 20 Hz. Non confermato: il formato della risposta non è pubblicato; verificare le letture con un peso noto.
profile-generic-1ch-name = Flusso CSV generico a 1 canale (time_us,force)
profile-generic-1ch-notes = Righe `time_us,force` in newton; le righe che iniziano con # vengono ignorate.
profile-generic-2ch-name = Flusso CSV generico a 2 canali (time_us,left,right)
profile-generic-2ch-notes = Righe `time_us,left,right` in newton; le righe che iniziano con # vengono ignorate.
profile-dual-force-plate-name = Doppia pedana di forza, 4 celle di carico per pedana
profile-dual-force-plate-notes = Fino a 2000 campioni/s; 2000000 baud (le schede USB CDC ignorano il baud rate).
profile-demo-dynamometer-name = Dinamometro demo
profile-demo-dynamometer-notes = Un atleta simulato; non serve hardware.
profile-demo-nordic-rig-name = Dispositivo Nordic demo
profile-demo-nordic-rig-notes = Un atleta simulato; non serve hardware.
profile-demo-force-plate-name = Pedana di forza demo
profile-demo-force-plate-notes = Un atleta simulato; non serve hardware.

profile-hint-choose = { $hint }: scegliere il profilo '{ $profile }' invece di '{ $current }'

## Problems with typed values, shown beside a form's field (and said by the command line)

problem-given-name-needed = serve un nome
problem-family-name-needed = serve un cognome
problem-name-control-character = il nome contiene il carattere di controllo { $code }
problem-name-empty = il nome è vuoto
problem-name-invisible = il nome non ha caratteri visibili (solo { $codes })
problem-date-in-future = { $date } è nel futuro
problem-date-before-year = { $date } è precedente al { $year }
problem-date-before-birth = { $date } è precedente alla data di nascita
problem-cleared-before-injury = la data del rientro autorizzato { $cleared } è precedente alla data dell’infortunio { $injury }
problem-dominant-leg = la gamba dominante è sinistra o destra
problem-body-mass = { $mass } kg non è una massa corporea plausibile (tra { $min } e { $max } kg)
problem-lever-arm = un braccio di leva di { $value } m non è plausibile (maggiore di 0, al massimo 2 m)
problem-peak-force = { $value } { $unit } non è una forza di picco (maggiore di 0, al massimo { $max })
problem-recording-force = una forza di { $value } N supera la portata di qualsiasi dispositivo (al massimo { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } campione
       *[other] { $samples } campioni
    } in { $duration } s: troppo poco per l’analisi; una registrazione richiede almeno { $min_samples } campioni in { $min_duration } s (i primi { $baseline } s sono la linea di base)
problem-not-a-date = “{ $text }” non è una data: inserirla come { $hint }, ad es. { $example }
problem-not-a-number = “{ $text }” non è un numero: inserirne uno, ad es. { $example }

## Built-in tests: where each MDC95 default comes from
# Citazioni, dispositivi, abbreviazioni e cifre restano come pubblicati (anche il punto decimale).

test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (flessione isometrica del ginocchio, HHD fissato: MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (flessione isometrica del ginocchio, HHD fissato: MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (estensione dell’anca, HHD: variabilità tra sessioni < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (abduzione dell’anca, HHD: variabilità tra sessioni < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (adduzione dell’anca, HHD: variabilità tra sessioni < 5-6 %)

## Analysis: asymmetry, metrics, quality flags, results typed in by hand

## Asymmetry formulas (a clinic setting; named in results, history, settings and the report)

asym-formula-percent-difference = Differenza percentuale
asym-formula-lsi = Indice di simmetria degli arti
asym-formula-symmetry-index = Indice di simmetria
asym-formula-symmetry-angle = Angolo di simmetria
# D = destra, S = sinistra.
asym-formula-ratio = Rapporto D/S

asym-definition-percent-difference = (più forte - più debole) / più forte × 100, con il lato più debole
asym-definition-lsi = interessato / non interessato × 100 (più debole / più forte senza un lato infortunato)
asym-definition-symmetry-index = (D - S) / ({ $half } (D + S)) × 100
asym-definition-symmetry-angle = (45° - atan(S/D)) / 90° × 100
asym-definition-ratio = D / S

asym-source-lsi = indice di simmetria degli arti (i criteri di RTS sono espressi con questo indice)
asym-source-ratio = destra / sinistra

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Asymmetry values

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } più forte)

## Where the asymmetry bands come from

asym-bands-source-nordic = { $source }: squilibrio al Nordic >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rugby union)
asym-bands-source-all-tests = pubblicate solo per il Nordic ({ $source }: squilibrio >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rugby union); per gli altri test le stesse fasce sono una convenzione
asym-bands-source-other-test = nessuna fascia di rischio pubblicata per questo test: le fasce sono una convenzione (derivate dallo squilibrio al Nordic, { $source })

## Metrics of a rep

analysis-metric-peak-force = Forza di picco
analysis-metric-time-to-peak = Tempo al picco
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = RFD di picco
analysis-metric-impulse = Impulso
analysis-metric-best-1s-mean-force = Migliore forza media su 1 s

## What a rep's quality flag means (a tooltip beside the flag's few words)

flag-explain-noisy-baseline = rumore della linea di base oltre il 5 % della forza di picco
flag-explain-not-sustained = forza media sotto il 75 % del picco: la tenuta non è stata mantenuta
flag-explain-clipped = 3 o più campioni al massimo del dispositivo: il picco potrebbe essere tagliato
flag-explain-poor-fit = errore del modello esponenziale oltre il 5 % della forza media
flag-explain-fit-failed = la salita non segue un modello esponenziale
flag-explain-baseline-from-trial-start = nessun intervallo stabile di { $window } s prima della salita: la linea di base è data dai primi { $window } s della prova
flag-explain-low-sample-rate = campionamento sotto 200 Hz: RFD 0-50 ms e RFD di picco comprendono pochi campioni e sono approssimativi

## Results typed in by hand: what keeps them from being saved

entered-no-such-test = nessun test '{ $test }' nella libreria dei test
entered-count-test = { $test } si misura con un conteggio di ripetizioni, non con la forza di picco
entered-one-leg-at-a-time = { $test } si esegue una gamba alla volta: inserire ogni gamba separatamente (sinistra o destra)
entered-right-peaks-one-leg = i picchi della gamba destra sono per un test di entrambe le gambe contemporaneamente (side both)
entered-device-not-named = il dispositivo non è indicato
entered-device-name-control-character = il nome del dispositivo contiene il carattere di controllo { $code }
entered-device-name-empty = il nome del dispositivo è vuoto
entered-device-name-invisible = il nome del dispositivo non ha caratteri visibili (solo { $codes })
entered-device-name-too-long = { $max ->
        [one] il nome del dispositivo supera { $max } carattere
       *[other] il nome del dispositivo supera { $max } caratteri
    }
entered-no-peak-left = nessun picco inserito per la gamba sinistra
entered-no-peak-right = nessun picco inserito per la gamba destra
entered-no-peak = nessun picco inserito
entered-pain-range = il dolore si valuta da 0 a 10
entered-date-in-future = la data { $date } è nel futuro
entered-date-before-year = la data { $date } è precedente al { $year }

## Device and acquisition: the link's state, what the device said, missing readings, the
## recording's journal, serial ports and device profiles, the demo devices

## The link's state (the pill in the status bar and the device panel)

link-state-connecting = connessione in corso
link-state-connected = connesso
link-state-streaming = ricezione dati
link-state-disconnected = disconnesso: { $reason }
link-state-reconnecting = riconnessione (tentativo { $attempt }, tra { $seconds } s)
link-state-error = errore: { $reason }
link-state-closed = chiuso

## Why the link to the device was lost

link-write-failed = scrittura non riuscita: { $error }
link-read-failed = lettura non riuscita: { $error }
link-port-closed = la porta si è chiusa

## Lines from the device that were not samples (the status bar's hover)

link-rejected = { $reason }: { $text }
link-rejected-garbage = riga non riconosciuta
link-rejected-overlong = riga troppo lunga
link-rejected-unknown-unit = unità sconosciuta
link-rejected-not-text = non è testo
link-rejected-bad-frame = byte al di fuori di un frame
link-rejected-incomplete = incompleta alla fine del flusso
link-rejected-no-unit = valore senza unità
link-rejected-time-jump = salto del tempo del dispositivo
link-rejected-time-ahead = un tempo avanti di { $seconds } s rispetto al flusso, poi tornato indietro
link-rejected-time-jumped = il tempo { $time } è saltato di { $step } s

## The device session: commands the device did not answer, or refused

device-session-no-reply-within = nessuna risposta a '{ $command }' entro { $seconds } s (attesa: { $expected })
device-session-no-data-within = nessun dato entro { $seconds } s
device-session-no-data-for = nessun dato per { $seconds } s
device-session-refused = il dispositivo ha rifiutato '{ $command }': { $error }
device-session-refused-hint = il dispositivo ha rifiutato '{ $command }': { $error }; { $hint }
device-session-meaning-hint = { $meaning }; { $hint }
device-session-unit-refused = il dispositivo indica come unità '{ $unit }', che il profilo '{ $profile }' non elenca

## The connected device (the device panel: tare, the device's messages)

acq-tared-by-device = tara eseguita dal dispositivo
acq-tared-in-software = tara eseguita via software (il dispositivo non ha un comando di tara)
acq-not-tared = tara non eseguita: ancora nessuna lettura su cui eseguirla
acq-device-error = errore del dispositivo { $code }
acq-device-error-meaning = errore del dispositivo { $code }: { $meaning }
acq-no-reply = nessuna risposta a '{ $command }'
acq-device-lost-at = { $state } a { $seconds } s

## The journal: a recording's samples kept in the database while it is made (the status bar's
## hover, and a trial that could not be saved)

acq-journal-cannot-open = impossibile aprire il journal: { $error }
acq-journal-database-not-opened = impossibile aprire il database
acq-journal-cannot-start = impossibile avviare il journal: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } campione non aveva un journal in cui essere scritto
       *[other] { $count } campioni non avevano un journal in cui essere scritti
    }
acq-journal-cannot-discard = impossibile scartare una registrazione: { $error }
acq-journal-write-failed = scrittura nel journal non riuscita: { $error }
acq-journal-not-in-journal = questa registrazione non è nel journal
acq-journal-cannot-save = impossibile salvare la prova: { $error }

## Readings the device sent that are missing (the status bar's hover, a trial's notes)

readings-missing =
    { $count ->
        [one] manca { $number } lettura inviata dal dispositivo: { $basis }
       *[other] mancano { $number } letture inviate dal dispositivo: { $basis }
    }
readings-missing-about =
    { $count ->
        [one] manca circa { $number } lettura inviata dal dispositivo: { $basis }
       *[other] mancano circa { $number } letture inviate dal dispositivo: { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] l’orologio del dispositivo mostra interruzioni per { $seconds } s in totale, in cui era attesa { $number } lettura
       *[other] l’orologio del dispositivo mostra interruzioni per { $seconds } s in totale, in cui erano attese { $number } letture
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } riga danneggiata dove erano attese letture
       *[other] { $number } righe danneggiate dove erano attese letture
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } decodificata ma non consegnata in tempo
       *[other] { $number } decodificate ma non consegnate in tempo
    }
readings-basis-join = { $first }; { $next }

## Serial ports and device profiles (the device panel, Settings)

port-info-cannot-list = impossibile elencare le porte seriali: { $error }
port-info-profiles-share-usb-id = { $port }: i profili { $profiles } corrispondono tutti al suo id USB { $usb }; '{ $first }' viene proposto per primo (il primo elencato): scegliere quello del dispositivo collegato
port-info-profile-shadowed = profilo '{ $id }': viene usato { $used }, non { $unused } ({ $why })
port-info-built-in-profile = il profilo integrato '{ $name }'
port-info-shadowed-demo = i dispositivi demo usano sempre i loro profili integrati: assegnare a questo un altro id
port-info-shadowed-replaces-built-in = un profilo in una cartella di dispositivi sostituisce quello integrato con lo stesso id
port-info-shadowed-same-folder = due file nella stessa cartella hanno questo id; viene usato l’ultimo in ordine di nome del file: assegnare a uno dei due un altro id
port-info-shadowed-read-after = { $later } viene letta dopo { $earlier }
port-info-hint-profile-missing = profilo '{ $id }': un suggerimento indica il profilo '{ $profile }', che non è caricato
port-info-usb-id-claimed = l’id USB { $usb } è rivendicato da { $profiles }: una porta con questo id propone per primo '{ $first }'; scegliere quello del dispositivo collegato
port-info-and = { $list } e { $next }

## The demo devices

demo-device-no-profile = nessun profilo fornito devices/{ $file }
demo-device-cannot-start = impossibile avviare il dispositivo demo: { $error }
demo-device-failed = il dispositivo demo non ha funzionato

## The clinic's record: what a save refused, a row that cannot be read, a database or a clinic
## server that cannot be used says on screen, and a few small pieces of the app (the athlete
## list's return-to-sport column)
# Frasi in minuscolo: le schermate le mostrano spesso dopo parole proprie ("Non salvato: …").

## What a visit holds

store-trials = { $count ->
    [0] nessuna prova
    [one] { $count } prova: { $tests }
   *[other] { $count } prove: { $tests }
}

## A save refused: someone changed the same record meanwhile

conflict-changed-by-at =
    non salvato: { $what ->
        [athlete] questo atleta è stato modificato
        [injury-episode] questo episodio di infortunio è stato modificato
        [visit] questa visita è stata modificata
        [setting] questa impostazione è stata modificata
        [clearance-template] questo modello per il rientro è stato modificato
       *[other] questo record è stato modificato
    } da { $login } il { $when } dopo l’apertura di questo modulo. L’input resta qui; esaminare la modifica altrui (annullare, poi riaprire) e ripetere la propria
conflict-changed-by =
    non salvato: { $what ->
        [athlete] questo atleta è stato modificato
        [injury-episode] questo episodio di infortunio è stato modificato
        [visit] questa visita è stata modificata
        [setting] questa impostazione è stata modificata
        [clearance-template] questo modello per il rientro è stato modificato
       *[other] questo record è stato modificato
    } da { $login } dopo l’apertura di questo modulo. L’input resta qui; esaminare la modifica altrui (annullare, poi riaprire) e ripetere la propria
conflict-changed-at =
    non salvato: { $what ->
        [athlete] questo atleta è stato modificato
        [injury-episode] questo episodio di infortunio è stato modificato
        [visit] questa visita è stata modificata
        [setting] questa impostazione è stata modificata
        [clearance-template] questo modello per il rientro è stato modificato
       *[other] questo record è stato modificato
    } da un altro utente il { $when } dopo l’apertura di questo modulo. L’input resta qui; esaminare la modifica altrui (annullare, poi riaprire) e ripetere la propria
conflict-changed =
    non salvato: { $what ->
        [athlete] questo atleta è stato modificato
        [injury-episode] questo episodio di infortunio è stato modificato
        [visit] questa visita è stata modificata
        [setting] questa impostazione è stata modificata
        [clearance-template] questo modello per il rientro è stato modificato
       *[other] questo record è stato modificato
    } da un altro utente dopo l’apertura di questo modulo. L’input resta qui; esaminare la modifica altrui (annullare, poi riaprire) e ripetere la propria

## The clinic's database cannot be used, or a row in it cannot be read

store-error-data-dir = impossibile creare la cartella dati { $path }: { $detail }
store-error-open = impossibile aprire il database { $path }: { $detail }
store-error-damaged = il database { $path } è danneggiato ({ $detail }). Copiarlo in un luogo sicuro, poi ripristinare il backup più recente da { $backups }
store-error-too-new = il database { $path } è stato scritto da una versione più recente di ForceTrack (schema { $found }; questo programma arriva fino alla { $known })
store-error-backup = impossibile eseguire il backup del database in { $path }: { $detail }
store-error-not-found = { $what ->
        [athlete] l’atleta
        [injury-episode] l’episodio di infortunio
        [visit] la visita
        [deleted-visit] la visita eliminata
        [trial] la prova
        [journal-recording] la registrazione del journal
       *[other] il record
    } { $id } non esiste
store-error-corrupt = i dati memorizzati non sono leggibili: { $detail }
store-error-damaged-samples = prova { $trial }: i suoi campioni memorizzati sono danneggiati ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] atleta
        [injury-episode] episodio di infortunio
        [visit] visita
        [trial] prova
        [sign-off] firma
        [manual-check-answer] risposta a una verifica manuale
        [setting] impostazione
        [clinic-defined-test] test definito dallo studio
        [clinic-defined-battery] batteria definita dallo studio
        [clinic-defined-clearance-template] modello per il rientro definito dallo studio
       *[other] riga
    } { $id }: la cella '{ $column }' non è valida ({ $detail })
store-damaged-trial = prova { $trial } (atleta { $athlete }, visita del { $date }): i suoi campioni memorizzati sono danneggiati ({ $detail })
store-error-busy = errore del database: { $detail }
store-error-disk-full = errore del database: { $detail }
store-error-database = errore del database: { $detail }
store-error-server = errore del database: { $problem }
store-error-offline = errore del database: il server dello studio non è raggiungibile

## The clinic server: why this computer cannot use it

server-error-not-an-address = '{ $address }' non è un indirizzo di server dello studio: scriverlo come postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } non è riconosciuto: ometterlo (TLS, certificato verificato) oppure scrivere sslmode=disable
server-error-address-unreadable = l’indirizzo del server dello studio '{ $address }' non è leggibile: { $detail }
server-error-address-no-database = l’indirizzo del server dello studio '{ $address }' non indica alcun database
server-error-needs-ca-file = il server dello studio { $host } si trova su un altro computer: indicare il file del suo certificato CA (?sslrootcert=FILE nell’indirizzo) perché il suo certificato possa essere verificato; solo uno studio che disattiva TLS (sslmode=disable) può farne a meno
server-error-ca-file = il file del certificato CA del server { $file }: { $detail }
server-error-ca-file-empty = il file del certificato CA del server { $file }: non contiene alcun certificato
# Il soggetto è il server: "il server dello studio X: ha rifiutato la connessione".
server-error-connection = il server dello studio { $server }: { $problem }
server-error-wrong-password = password errata per questo login
server-error-login-refused = il server non consente l’accesso a questo login ({ $detail })
server-error-no-such-database = database inesistente ({ $detail })
server-error-not-allowed = questo login non ha il permesso di farlo ({ $detail })
server-error-changed-meanwhile = un’altra postazione ha modificato le stesse righe nello stesso momento; riprovare
server-error-certificate = il suo certificato non è stato accettato ({ $detail })
server-error-refused = ha rifiutato la connessione (nessun server di database in ascolto a quell’indirizzo e porta)
server-error-no-answer = non è raggiungibile (nessuna risposta in 5 s)
server-error-no-such-host = non è raggiungibile (host o socket inesistente)
server-error-unreachable = non è raggiungibile ({ $detail })
server-error-password-missing = richiede una password: inserirla nel file delle password di PostgreSQL (~/.pgpass) o in PGPASSWORD
server-error-connection-lost = la connessione si è interrotta
server-error-no-record = il server dello studio { $server } non ha ancora un archivio ForceTrack: crearlo una volta con `{ $command }` (su un database vuoto)
server-error-older = il server dello studio { $server } ha la versione dello schema { $found } e questo ForceTrack usa la { $known }: il server è meno recente. Chiudere ForceTrack su tutte le postazioni, poi aggiornare il server una volta con `{ $command }` e aggiornare le altre postazioni
server-error-newer = il server dello studio { $server } ha la versione dello schema { $found }, più recente della { $known } di questo ForceTrack: è stato aggiornato da un ForceTrack più recente. Installare quella versione su questa postazione

## The athlete list's return-to-sport column

clinic-rts-status = { $status ->
        [not_yet] ✖ non ancora
        [incomplete] ⚠ incompleta
       *[other] ✔ tutti i criteri soddisfatti
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] ripetizione
       *[other] ripetizioni
    }
