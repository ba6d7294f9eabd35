# ForceTrack: die Texte, die Behandler lesen, auf Deutsch (Deutschland, Österreich, Schweiz).
#
# Übersetzt aus i18n/en/forcetrack.ftl; gleiche Message-IDs, gleiche Variablen.
# Anrede „Sie“; Schaltflächen im Infinitiv („Speichern“). Begriffe: siehe i18n/de/glossary.md.
# Zahlen und Daten kommen bereits formatiert an (Dezimaltrennzeichen und Datumsreihenfolge
# sind eigene Einstellungen); Zahlen im Text selbst sind wie im Englischen belassen.

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
# „clinic“ = die Praxis (der Datenbestand einer Praxis): „Demo-Praxis“, „Praxisserver“.

## Opening a clinic and the app's notes

app-prefs-ignored = Voreinstellungen ignoriert ({ $detail })
app-prefs-cannot-create-folder = { $folder } kann nicht angelegt werden: { $error }
app-prefs-cannot-write = { $file } kann nicht geschrieben werden: { $error }
app-prefs-cannot-save = Voreinstellungen können nicht gespeichert werden: { $error }
app-server-setting-not-used = Der Praxisserver aus den Einstellungen wird nicht verwendet: { $error }
app-device-lost-recording-kept = { $reason }: Die Aufzeichnung bis zu diesem Zeitpunkt bleibt erhalten
app-recording-max-length = Die Aufzeichnung hat ihre maximale Länge erreicht und wurde beendet.
app-opening-demo = Demo-Praxis wird geöffnet…
app-opening-clinic = Praxis wird geöffnet…
app-opening-detail = { $folder }: Datenbank wird geprüft und bei Bedarf aktualisiert
app-stop-recording-before-switching = Beenden Sie die Aufzeichnung, bevor Sie die Praxis wechseln: Sie wird in dieser Praxis gespeichert.
app-device-stays-connected = { $device } bleibt verbunden.
app-demo-not-made = Die Demo-Praxis konnte nicht angelegt werden: { $error }
app-damaged-samples = Die Datenbankprüfung hat beschädigte Abtastwerte gefunden, die in keinem Ergebnis berücksichtigt werden: { $list }. Stellen Sie eine Sicherung wieder her, um sie zurückzuerhalten.
app-rows-left-out = Gespeicherte Zeilen, die nicht gelesen werden können und in keiner Liste und keinem Ergebnis erscheinen: { $list }. Stellen Sie eine Sicherung wieder her, um sie zurückzuerhalten.

## The athlete list's return-to-sport hover: the required criteria that do not pass

app-criterion-fail = ✖ nicht erfüllt: { $criterion } (erforderlich: { $needs })
app-criterion-fail-value = ✖ nicht erfüllt: { $criterion }: { $value } (erforderlich: { $needs })
app-criterion-no-data = ? keine Daten: { $criterion } (erforderlich: { $needs })
app-red-band = { $test } { $date }: Asymmetrie { $asymmetry } (rot)

## The top bar

nav-athletes = Athleten
nav-athletes-tip = Alle Athleten
nav-athlete = Athlet
nav-athlete-tip = Profil, Verletzungen und Termine des Athleten
nav-test = Test
nav-test-tip = Testsitzung durchführen
nav-history = Verlauf
nav-history-tip = Verlauf über die Termine und aufgezeichnete Kurven
nav-clearance = Freigabe
nav-clearance-tip = Return-to-Sport-Checkliste
nav-export = Export
nav-export-tip = CSV für Tabellenkalkulation und Forschung
nav-settings = Einstellungen
nav-settings-tip = Einheiten, Formeln, Schwellenwerte, Geräte
nav-light = ☀ Hell
nav-dark = 🌙 Dunkel
nav-theme-tip = Zwischen hellem und dunklem Design wechseln
nav-open-my-clinic = Meine Praxis öffnen
nav-open-my-clinic-tip = Demo-Praxis verlassen
nav-open-demo = Demo-Praxis öffnen
nav-open-demo-tip = Eine separate Praxis mit Beispielathleten
nav-choose-athlete-first = Wählen Sie zuerst einen Athleten.

## The first screen

welcome-tagline = Krafttests der Hamstrings und der Glutealmuskulatur, Verlauf und Return to Sport
welcome-open-failed = Die Praxis konnte nicht geöffnet werden: { $error }
welcome-explore-demo = Demo-Praxis ansehen
welcome-demo-description = Sechs Beispielathleten mit Terminen über mehrere Monate, in einer eigenen Datenbank. Demo-Geräte benötigen keine Hardware.
welcome-retry-server = Praxisserver erneut versuchen
welcome-clinic-on-server = Die Praxis dieses Computers liegt auf dem Praxisserver { $server }.
welcome-use-this-computer = Datenbank dieses Computers verwenden
welcome-use-this-computer-description = Stattdessen die eigene Praxis dieses Computers (der Praxisserver kann unter Einstellungen, Praxisserver wieder gewählt werden).
welcome-start-my-clinic = Meine Praxis anlegen
welcome-start-description = Eine leere Praxis für Ihre eigenen Athleten. Sie können jederzeit zwischen beiden wechseln.
welcome-record-on-server = Der Datenbestand der Praxis liegt auf ihrem Praxisserver; Aufzeichnungen werden zuerst auf diesem Computer gesichert.
welcome-stays-here = Alle Daten bleiben auf diesem Computer.

## Settings

settings-title = Einstellungen
settings-not-saved-problems = Nicht gespeichert: { $problems }.
settings-not-saved-error = Nicht gespeichert: { $error }
settings-saved = Praxiseinstellungen gespeichert.
settings-save = Praxiseinstellungen speichern
settings-discard = Änderungen verwerfen
settings-unsaved-bar = ⚠ Noch nicht gespeichert und erst nach dem Speichern wirksam: { $changes }

## Settings: leaving with unsaved changes

settings-unsaved-title = Die Praxiseinstellungen sind nicht gespeichert
settings-unsaved-changed = Hier geändert: { $changes }.
settings-unsaved-explain = Sie werden nirgends verwendet (Ergebnisse, Berichte, andere Computer), bis sie gespeichert sind.
settings-save-and-leave = Speichern und verlassen
settings-leave-without-saving = Ohne Speichern verlassen
settings-stay = In den Einstellungen bleiben

## Settings: what changed (listed in the two messages above)

settings-change-formula = Asymmetrieformel { $formula } (vorher { $was })
settings-change-summary = Wert je Seite: { $value ->
        [best] beste Wiederholung
       *[mean] Mittelwert der Wiederholungen
    } (vorher { $was ->
        [best] beste Wiederholung
       *[mean] Mittelwert der Wiederholungen
    })
settings-change-bands = Farbbereiche gelb ab { $amber } %, rot ab { $red } %
settings-change-hq = niedrigstes akzeptables H:Q { $hq }
settings-change-no-hq = kein niedrigstes akzeptables H:Q
settings-change-mdc = MDC von { $tests }
settings-change-other = weitere Praxiseinstellungen

## Settings: display (this computer)

settings-display = Anzeige (dieser Computer)
settings-language = Sprache
settings-language-tip = Die Sprache, in der ForceTrack auf diesem Computer angezeigt wird
settings-language-unavailable-tip = Noch nicht übersetzt
settings-decimal-separator = Dezimaltrennzeichen
settings-decimal-point-tip = Dezimalpunkt
settings-decimal-comma-tip = Dezimalkomma
settings-decimal-separator-tip = Wie Zahlen auf dem Bildschirm und in Berichten geschrieben werden
settings-date-order = Datumsformat
settings-date-order-tip = Wie Datumsangaben auf dem Bildschirm und in Berichten geschrieben werden
settings-date-order-ymd = { $today } (Jahr-Monat-Tag)
settings-date-order-dmy = { $today } (Tag/Monat/Jahr)
settings-date-order-dmy-dots = { $today } (Tag.Monat.Jahr)
settings-date-order-mdy = { $today } (Monat/Tag/Jahr)
settings-force-unit = Krafteinheit
settings-dark = Dunkles Design
settings-countdown = Countdown vor der Aufzeichnung (s)
settings-renderer = Renderer
settings-renderer-in-use = { $renderer } zeichnet dieses Fenster
settings-renderer-next = { $renderer } zeichnet dieses Fenster; { $next } ab dem nächsten Start
settings-renderer-tip = glow ist die Voreinstellung: Es zeichnet die Live-Ansicht auf den meisten Computern am schnellsten. --renderer überschreibt dies für einen Start.

## Settings: the clinic's choices

settings-clinic = Praxis (gilt für alle Computer dieser Praxis)
settings-formula = Asymmetrieformel
settings-summary = Wert je Seite für Asymmetrie und Verlauf
settings-best-rep = beste Wiederholung
settings-mean-of-reps = Mittelwert der Wiederholungen
settings-summary-note = Der Bestwert ist klinische Konvention; der Mittelwert ist für die Asymmetrie die zuverlässigere Wahl ({ $source }).
settings-amber-from = Gelb ab (%)
settings-red-from = Rot ab (%)
settings-bands-source = Quelle: { $source }.
settings-hq-floor = Niedrigstes akzeptables H:Q (Drehmoment Knieflexion / -extension bei 90°)
settings-hq-floor-tip = Das niedrigste H:Q, das die Praxis akzeptiert
settings-hq-note = Kein Standardwert: Der isokinetische Grenzwert ({ $cutoff }, { $source }) ist nicht auf isometrische Verhältnisse übertragbar; eine Praxis kann einen eigenen festlegen.
settings-mdc-heading = Kleinste nachweisbare Veränderung (MDC95) je Test
settings-mdc-test = Test
settings-mdc-value = MDC95
settings-mdc-source = Quelle
settings-mdc-sem = Ihr SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 von { $test }
settings-mdc-clinic-setting = Praxiseinstellung
settings-sem-label = SEM ({ $unit })
settings-sem-use = Übernehmen
settings-sem-use-tip = MDC von { $test } aus Ihrem SEM berechnen
settings-sem-invalid = „{ $typed }“ ist kein SEM: Geben Sie eine Zahl über 0 ein, z. B. { $example }
settings-sem-error-tip = Siehe unter der Tabelle
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Standard
settings-mdc-default-tip = Zurück zur publizierten MDC von { $test }

## Settings: device profiles

settings-devices = Geräteprofile
settings-devices-intro = Integrierte Profile sowie Ihre eigenen in { $folder } und im Ordner unten.
settings-devices-folder = Zusätzlicher Geräteordner
settings-devices-reload = Übernehmen und neu laden
settings-profile-not-loaded = nicht geladen: { $error }

## Settings: the clinic server

server-heading = Praxisserver
server-intro = Mehrere Computer teilen sich einen Datenbestand auf dem PostgreSQL-Server der Praxis; ein einzelner Computer führt ihn in seiner eigenen Datenbank. Aufzeichnungen werden immer zuerst auf diesem Computer protokolliert, sodass eine Aufzeichnung nie auf das Netzwerk wartet.
server-in-use = Dieser Computer verwendet den Praxisserver { $server }.
server-none = Dieser Computer verwendet seine eigene Datenbank (kein Praxisserver).
server-host = Server (Hostname oder Adresse)
server-port = Port
server-database = Datenbank
server-login = Login (persönlich)
server-ca-file = CA-Zertifikatsdatei des Servers
server-password = Passwort
server-password-tip = Nur in der PostgreSQL-Passwortdatei gespeichert, nie in den Einstellungen von ForceTrack
server-tls-off = TLS ausschalten (die Verbindung ist unverschlüsselt: nur in einem vertrauenswürdigen Netzwerk)
server-test = Verbindung testen
server-save-password = Passwort speichern
server-save-password-tip = In der PostgreSQL-Passwortdatei (~/.pgpass), nur für Sie lesbar
server-use = Diesen Praxisserver verwenden
server-use-this-computer = Datenbank dieses Computers verwenden
server-no-home = kein Home-Ordner für die Passwortdatei
server-password-not-saved = das Passwort wurde nicht gespeichert: { $error }
server-password-saved = Passwort in { $file } gespeichert (nur für Sie lesbar).
server-connected = Verbunden mit { $server } als { $login }: Schemaversion { $version } (dieses Programms: { $latest }), { $athletes ->
        [one] { $athletes } Athlet
       *[other] { $athletes } Athleten
    }.
server-connected-encrypted = Verbunden mit { $server } als { $login }, verschlüsselt, Serverzertifikat geprüft: Schemaversion { $version } (dieses Programms: { $latest }), { $athletes ->
        [one] { $athletes } Athlet
       *[other] { $athletes } Athleten
    }.

## Recordings a crash left unfinished

recovery-look-failed = Die Suche nach unvollständigen Aufzeichnungen ist fehlgeschlagen: { $error }
recovery-title = Unvollständige Aufzeichnungen
recovery-intro = ForceTrack wurde während dieser Aufzeichnungen beendet. Was bis zum letzten Moment gespeichert wurde, kann behalten werden.
recovery-unknown-athlete = unbekannter Athlet
recovery-test-side = { $side ->
        [left] { $test }, links
        [right] { $test }, rechts
       *[both] { $test }, beide Beine
    }
recovery-no-test = eine Aufzeichnung ohne Test
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } Abtastwert
       *[other] { $samples } Abtastwerte
    } ({ $seconds } s)
recovery-pain-label = Schmerz dabei
recovery-pain-choose = 0-10 wählen
recovery-pain-not-known-chosen = Schmerz unbekannt
recovery-pain-chosen = Schmerz { $pain }/10
recovery-pain-not-known = Unbekannt
recovery-keep = Als Versuch behalten
recovery-keep-disabled-tip = Wählen Sie zuerst den Schmerz, den der Athlet bei dieser Aufzeichnung angegeben hat
recovery-discard = Verwerfen…
recovery-discard-tip = Verwirft die Aufzeichnung; es wird noch einmal nachgefragt
recovery-discard-confirm = Ja, diese { $seconds } s endgültig verwerfen
recovery-do-not-discard = Nicht verwerfen
recovery-kept-in-visit = Der behaltene Versuch gehört zum Termin vom { $date }.
recovery-go-on = Mit dieser Sitzung fortfahren
recovery-close = Schließen
recovery-decide-later = Später entscheiden
recovery-kept = Als Versuch { $trial } des Termins vom { $date } behalten.
recovery-discarded = Die unvollständige Aufzeichnung wurde verworfen.
recovery-no-samples = Vor dem Abbruch wurden keine Abtastwerte gespeichert.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (wie aufgezeichnet)

## A fixed recording on the demo force plate (a measurement mode)

autorecord-heading = Aufzeichnung der Demo-Kraftmessplatte: { $duration } von { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } Abtastwert je Kanal
       *[other] { $samples } Abtastwerte je Kanal
    }

## Session: recording (the steps, live recording, review, typed-in values, abandoning)

## Step list (left panel)

run-steps-heading = Tests (⬅ ➡ zum Wechseln)
run-step-not-done = { $mark } { $step } (nicht durchgeführt)
run-step-not-done-tip = nicht durchgeführt: { $reason }
run-step-cannot-record-tip = Das verbundene Gerät kann dies nicht aufzeichnen: { $reason }
run-summary = Übersicht ▶
run-tally = { $done } von { $total } erledigt
run-tally-not-done = { $done } von { $total } erledigt, { $not_done } nicht durchgeführt

## Current step

# „Ausgangsstellung“ (ASTE) wie in der deutschsprachigen Physiotherapie.
run-position = Ausgangsstellung: { $position }
run-cue = Anweisung: „{ $cue }“
run-connect-device-first = Verbinden Sie zuerst ein Gerät.
run-connect-device = Verbinden Sie ein Gerät, um aufzuzeichnen.
run-device-cannot-record = ⚠ { $device } kann diesen Test nicht aufzeichnen: { $reason }.
run-lever-arm = Hebelarm (m)
run-lever-arm-hint = gemessen; für Drehmoment
run-lever-arm-tip = Messstrecke: { $landmark }

## Marking a step "not done"

run-marked-not-done = Als nicht durchgeführt markiert: { $reason }
run-test-after-all = Doch testen
run-not-done-today = Heute nicht durchgeführt?
run-not-done-reason-hint = Grund, z. B. kein Nordic-Gestell, Schmerz, Zeit
run-mark-both-not-done = Beide Seiten als nicht durchgeführt markieren
run-mark-not-done = Als nicht durchgeführt markieren
run-mark-not-done-tip = Diesen Test beim heutigen Termin auslassen; der Grund wird in die Notizen des Termins übernommen
run-mark-side-not-done =
    Nur { $side ->
        [left] die linke Seite
        [right] die rechte Seite
       *[both] beide Seiten
    } als nicht durchgeführt markieren
run-mark-side-not-done-tip = Die andere Seite dieses Tests bleibt zu testen

## Recording controls

run-start-recording = ⏺ Aufzeichnung starten
run-rest = Pause { $time }
run-start-now = ⏺ Jetzt starten
run-skip-rest = Pause überspringen
run-cancel = Abbrechen
run-stop = ■ Stopp
# Tastennamen wie auf deutschen Tastaturen.
run-key-space-tip = Leertaste
run-key-enter-tip = Eingabetaste
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Zweimal Rücktaste
run-cancel-recording-tip = Esc: diese Aufzeichnung verwerfen
run-key-escape = Esc
run-key-backspace = Rücktaste
run-press-again-discard = Drücken Sie erneut { $key }, um diese Aufzeichnung zu verwerfen.
run-press-again-redo = Drücken Sie erneut { $key }, um sie zu verwerfen und neu aufzuzeichnen.
run-press-again-discard-redo = Drücken Sie erneut { $key }, um diese Aufzeichnung zu verwerfen und neu aufzuzeichnen.
run-live-rep = Wdh. { $number }: { $peak }
run-live-rep-rising = Wdh. { $number }: { $peak } …

## Saving a trial

run-trial-saved = Versuch gespeichert.
run-trial-kept-offline =
    Versuch auf diesem Computer behalten: Der Praxisserver ist nicht erreichbar. Er wird gesendet, sobald der Server wieder antwortet (die Statusleiste zählt, was wartet).
run-trial-not-saved = Der Versuch wurde nicht gespeichert: { $error }.
run-trial-not-saved-rescued = Der Versuch wurde nicht gespeichert: { $error }. Die Aufzeichnung ist in { $path } gesichert.
run-trial-not-saved-lost = Der Versuch wurde nicht gespeichert: { $error }. Er konnte auch nicht gesichert werden: { $reason }.
run-not-saved = Nicht gespeichert: { $error }

## Review of a recording

run-device-lost = Gerät getrennt: { $note }
run-no-effort = In dieser Aufzeichnung wurde keine Kraftanstrengung erkannt.
run-counted = Gezählt
run-peak = Spitzenkraft
run-peak-of = Spitzenkraft { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Hinweise
run-rep = Wdh. { $number }
run-rep-tip = Haken entfernen, um diese Wiederholung aus den Ergebnissen auszuschließen
run-accept-trial = ✔ Versuch übernehmen
run-ask-pain-first = Fragen Sie zuerst nach Schmerzen.
run-redo = ↺ Wiederholen

## Pain score

run-pain-scale = Schmerz bei diesem Test (0-10):
run-pain-value = Schmerz { $value }
run-pain-tip = 0-3 unbedenklich, 4-5 akzeptabel, über 5 nicht akzeptabel ({ $source })

## Typing the values of a device with no public protocol

run-type-values = Werte eingeben (Gerät ohne offenes Protokoll)
run-type-values-tip =
    Spitzenkraft jeder Wiederholung, abgelesen von der Geräteanzeige (microFET, Lafayette, VALD, Kinvent, Kranwaage mit Spitzenwertspeicher); zählt wie die Spitzenwerte eines aufgezeichneten Versuchs, markiert als „manuell eingegeben“, ohne Kurvenparameter
run-hand-device = Gerät
run-hand-device-hint = z. B. Hoggan microFET 2
run-hand-kind = Art
run-hand-kind-tip = Veränderungen werden nur innerhalb einer Geräteart verglichen
run-hand-unit = Einheit der Anzeige
run-hand-left-peaks = Linkes Bein: Spitzenkraft je Wdh.
run-hand-right-peaks = Rechtes Bein: Spitzenkraft je Wdh.
run-hand-peaks = Spitzenkraft je Wdh.
run-hand-peaks-empty = Spitzenkraft jeder Wdh. eingeben, z. B. { $example }
run-hand-peak-not-a-number = „{ $text }“ ist keine Spitzenkraft in { $unit } (eine Zahl über 0)
run-hand-leg-problem =
    { $side ->
        [left] Linkes
       *[right] Rechtes
    } Bein: { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }, bester Wert { $best }: manuell eingegeben
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }, bester Wert { $best } ({ $converted }): manuell eingegeben
run-hand-entered-leg =
    { $side ->
        [left] links
       *[right] rechts
    }: { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }, bester Wert { $best }: manuell eingegeben
run-hand-entered-leg-converted =
    { $side ->
        [left] links
       *[right] rechts
    }: { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }, bester Wert { $best } ({ $converted }): manuell eingegeben
run-save = ✔ Speichern

## A step that counts reps

run-reps-completed = Absolvierte Wiederholungen
run-reps = Wdh.
run-reps-hint = Anzahl
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = „{ $text }“ ist keine Anzahl Wiederholungen: Geben Sie eine ganze Zahl ein, z. B. 22

## Abandoning a session

run-abandon = Sitzung abbrechen
run-abandon-question-holds = Diese Sitzung verlassen? Ihr Termin enthält { $trials }.
run-abandon-question-empty = Diese Sitzung verlassen? Ihr Termin enthält noch keine Versuche.
run-abandon-question-added =
    Diese Sitzung verlassen? Sie hat dem Termin vom { $date } Folgendes hinzugefügt: { $added }. Vorher enthielt er { $before ->
        [one] { $before } Versuch
       *[other] { $before } Versuche
    }.
run-abandon-question-added-nothing =
    Diese Sitzung verlassen? Sie hat dem Termin vom { $date } nichts hinzugefügt; er behält { $before ->
        [one] seinen { $before } Versuch
       *[other] seine { $before } Versuche
    }.
run-abandon-delete =
    Termin löschen ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang wiederherstellbar)
run-abandon-delete-tip = Mit „Rückgängig“ auf dem nächsten Bildschirm oder auf der Seite des Athleten kommt er mit seinen Versuchen zurück
run-abandon-keep =
    Termin mit { $count ->
        [one] seinem { $count } Versuch
       *[other] seinen { $count } Versuchen
    } behalten
run-abandon-keep-empty = Termin behalten (er enthält keine Versuche)
run-abandon-keep-tip = Der Termin bleibt unverändert im Verlauf des Athleten; nicht durchgeführte Tests werden nicht erfasst
run-abandon-keep-all =
    Termin mit { $count ->
        [one] seinem { $count } Versuch
       *[other] allen { $count } Versuchen
    } behalten
run-abandon-keep-all-tip = Die Versuche dieser Sitzung bleiben zusammen mit den früheren im Termin
run-abandon-remove =
    { $count ->
        [one] Den { $count } Versuch
       *[other] Die { $count } Versuche
    } dieser Sitzung entfernen
run-abandon-leave = Sitzung verlassen
run-abandon-go-on = Sitzung fortsetzen
run-abandon-kept =
    Sitzung verlassen. Der Termin vom { $date } bleibt mit { $count ->
        [one] seinem { $count } Versuch
       *[other] seinen { $count } Versuchen
    } erhalten.
run-abandon-deleted = Termin vom { $date } gelöscht ({ $trials }).
run-abandon-deleted-empty = Termin vom { $date } ohne Versuche gelöscht.
run-abandon-left-earlier =
    Sitzung verlassen. Der Termin vom { $date } behält { $before ->
        [one] den { $before } Versuch, den er vorher enthielt.
       *[other] die { $before } Versuche, die er vorher enthielt.
    }
run-abandon-removed =
    Was diese Sitzung hinzugefügt hat, wurde entfernt ({ $removed }). Der Termin vom { $date } behält { $before ->
        [one] den { $before } Versuch, den er vorher enthielt.
       *[other] die { $before } Versuche, die er vorher enthielt.
    }

## Session: starting a session, the device panel, the session summary, the shared widgets

## The plan of a session: a test on one side (or both at once)

session-step-title =
    { $side ->
        [left] { $test }, links
        [right] { $test }, rechts
       *[both] { $test }, beide Beine
    }
session-step-needs-two-channels = dieser Test zeichnet beide Beine gleichzeitig auf: Verbinden Sie ein Zweikanalgerät (ein Nordic-Gestell oder Kraftmessplatten)
session-step-channels-do-not-fit = die Kanäle dieses Geräts passen nicht zu diesem Test
session-step-passed-over = { $device } kann ihn nicht aufzeichnen: { $reason }
# Wird in die Notizen des Termins geschrieben und von einer späteren Sitzung wieder gelesen:
# „({ $reason }).“ am Ende beibehalten.
session-not-done-note = Nicht durchgeführt: { $step } ({ $reason }).

## Setting up a session

session-heading = Testsitzung: { $athlete }
session-current-injury = Aktuelle Verletzung: { $injury } (seit { $date })
session-not-abandoned = Die Sitzung wurde nicht abgebrochen: { $error }
session-not-restored = Nicht wiederhergestellt: { $error }
session-undo = Rückgängig
session-undo-tip = Den Termin mit seinen Versuchen zurückholen
session-tests = Tests
session-battery = Testbatterie: { $battery }
session-both-legs-at-once = beide Beine gleichzeitig
session-one-leg-at-a-time = ein Bein nach dem anderen
session-visit = Termin
session-going-on-with-visit = Fortsetzung des Termins vom { $date }: Seine Versuche gelten als erledigt, die Tests, die laut seinen Notizen nicht durchgeführt wurden, als nicht durchgeführt; wählen Sie die Tests und das Gerät.
session-visit-today =
    { $athlete } hat heute einen Termin ({ $date }, { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }).
session-add-to-todays-visit = Zum heutigen Termin hinzufügen
session-add-to-todays-visit-tip = Die Tests dieser Sitzung werden Teil dieses Termins: Seine Ergebnisse (H:Q, Asymmetrie, Freigabe) werden gemeinsam ausgewertet
session-or-new-visit = oder unten einen neuen Termin anlegen
session-device = Gerät
session-resume = Sitzung fortsetzen
session-start = Sitzung starten
session-choose-a-test = Wählen Sie mindestens einen Test.
session-body-mass = Körpermasse (kg)
session-body-mass-hint = für N/kg
session-clinician = Behandler
session-clinician-hint = Ihr Name
session-notes = Notizen
session-visa-h-and-provocation = VISA-H und Provokationstests
session-visa-h = VISA-H (0-100)
session-visa-h-hint = Gesamtpunktzahl
session-provocation-source = Provokationstests nach { $source }
# Die Provokationstests behalten ihre englischen Namen, wie in der deutschsprachigen Literatur.
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Bent-Knee-Stretch
session-modified-bent-knee-stretch = Modifizierter Bent-Knee-Stretch
session-provocation-not-done = nicht durchgeführt
session-provocation-negative = negativ
session-provocation-positive = positiv
session-visa-h-not-a-number = VISA-H „{ $text }“ ist keine Zahl
session-body-mass-not-a-number = Körpermasse „{ $text }“ ist keine Zahl
session-visa-h-out-of-range = VISA-H { $value } liegt außerhalb von 0-100

## The session summary

session-visit-saved = Termin gespeichert.
session-summary-heading = Übersicht: { $athlete }
session-summary-no-results = Dieser Termin hat keine Ergebnisse.
session-summary-not-recorded = Bei diesem Termin nicht aufgezeichnet: { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Asymmetrie: { $formula } = { $definition } ({ $source }). Bereiche: grün < { $amber } %, gelb, rot ≥ { $red } % ({ $bands_source }).
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } Wdh.
       *[other] { $count } Wdh.
    }
session-summary-entered-by-hand = { $force } (manuell eingegeben)
session-summary-side = Seite
session-summary-count = Anzahl
session-summary-reps = Wdh.
session-summary-best = Bestwert
session-summary-mean = Mittelwert
session-summary-cv = CV
session-summary-pain = Schmerz
session-summary-since-last-visit = Seit letztem Termin
session-summary-flags = Hinweise
session-summary-first-visit = erster Termin
session-summary-visit-notes = Notizen zum Termin
session-summary-back = ◀ Zurück zum Testen
session-summary-save = 💾 Termin speichern
session-change-vs-mdc = ggü. { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = ggü. { $since } · Geräte sind nicht austauschbar: Veränderungen werden nur innerhalb einer Geräteart verglichen
session-change-vs-no-mdc = ggü. { $since } · keine MDC für diesen Test bekannt: Die Veränderung wird angezeigt, nicht bewertet

## The device panel

device-panel-tare = Tarieren
device-panel-tare-tip = Das Gerät ohne Last auf null setzen
device-panel-disconnect = Trennen
device-panel-connect-a-device = Gerät verbinden
device-panel-demo-tip = Der simulierte Athlet; keine Hardware nötig
device-panel-find-ports = Serielle Ports suchen
device-panel-ports-found =
    { $count ->
        [one] { $count } gefunden
       *[other] { $count } gefunden
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Profil
device-panel-connect = Verbinden
device-panel-other-port = Anderer Port
device-panel-other-port-hint = /dev/pts/3 oder COM4
device-panel-choose = wählen…
device-panel-channel-force = Kraft
device-panel-channel-left = Links
device-panel-channel-right = Rechts
device-panel-force-now-tip = Aktuelle Kraft
device-panel-peak = Max. { $force }
device-panel-peak-tip = Höchste Kraft dieser Aufzeichnung
device-panel-device-on-port = { $device } an { $port }
device-panel-no-profile = kein Geräteprofil „{ $profile }“

## A serial port this user may not open

port-denied-not-in-group = { $port }: Zugriff verweigert: Der Port gehört der Gruppe „{ $group }“, und Sie sind nicht Mitglied. Fügen Sie sich mit { $command } hinzu und melden Sie sich dann ab und wieder an; oder installieren Sie das ForceTrack-Paket, das der Person am Computer Zugriff auf die ihm bekannten Geräte gibt
port-denied-added-after-login = { $port }: Zugriff verweigert: Sie sind Mitglied der Gruppe „{ $group }“, der der Port gehört, wurden aber erst nach der Anmeldung hinzugefügt: Melden Sie sich ab und wieder an (oder starten Sie den Computer neu)
port-denied-owner-only = { $port }: Zugriff verweigert: Nur sein Eigentümer „{ $owner }“ darf den Port öffnen (Modus { $mode }); installieren Sie das ForceTrack-Paket, das der Person am Computer Zugriff auf die ihm bekannten Geräte gibt, oder wenden Sie sich an die Person, die diesen Computer betreut
port-denied = { $port }: Zugriff verweigert; installieren Sie das ForceTrack-Paket, das der Person am Computer Zugriff auf die ihm bekannten Geräte gibt, oder wenden Sie sich an die Person, die diesen Computer betreut
port-short-not-in-group = nicht erlaubt: Sie sind nicht in der Gruppe „{ $group }“
port-short-added-after-login = nicht erlaubt, bis Sie sich ab- und wieder anmelden (Gruppe „{ $group }“)
port-short-owner-only = nicht erlaubt: nur „{ $owner }“ darf ihn öffnen
port-busy = { $port } ist belegt: Ein anderes Programm hält den Port (ein serieller Monitor, ein zweites ForceTrack, ModemManager): Schließen Sie es und verbinden Sie erneut ({ $error })
port-not-there = { $port } ist nicht vorhanden: Ist das Gerät angeschlossen und eingeschaltet? („{ $button }“ in der App und { $command } listen die vorhandenen Ports auf)
port-cannot-open = { $port } kann nicht geöffnet werden: { $error }

## The status bar

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } Abtastwert
       *[other] { $count } Abtastwerte
    }
status-samples-tip = Vom Gerät seit dem Verbinden empfangene Abtastwerte
status-readings-missing =
    { $count ->
        [one] { $count } Messwert fehlt
       *[other] { $count } Messwerte fehlen
    }
status-readings-missing-about =
    { $count ->
        [one] etwa { $count } Messwert fehlt
       *[other] etwa { $count } Messwerte fehlen
    }
status-readings-missing-tip = { $why } (seit das Gerät verbunden wurde)
status-no-readings-missing = 0 Messwerte fehlen
status-no-readings-missing-tip = Jeder Messwert, den das Gerät seit dem Verbinden gesendet hat, ist ein Abtastwert
status-rejected-tip =
    Zeilen, die weder Abtastwerte noch bekannte Antworten waren; zuletzt: { $last }
    { $count ->
        [one] { $count } Byte
       *[other] { $count } Bytes
    } vor der ersten vollständigen Zeile nach dem Verbinden verworfen (ein bereits laufender Datenstrom)
status-rejected-lines =
    { $count ->
        [one] { $count } abgelehnte Zeile
       *[other] { $count } abgelehnte Zeilen
    }
status-device-errors =
    { $count ->
        [one] { $count } Gerätefehler
       *[other] { $count } Gerätefehler
    }
status-no-device = Kein Gerät verbunden
status-this-computer = dieser Computer: { $folder }
status-this-computer-tip = Der Datenbestand der Praxis ist die Datenbank dieses Computers, in diesem Datenordner
status-clinic-server = Praxisserver { $host }/{ $database }
status-clinic-server-tip = Der Datenbestand der Praxis liegt auf { $server } (Login { $login }); Aufzeichnungen werden zuerst auf diesem Computer protokolliert, in { $folder }
status-server-reachable = SERVER ERREICHBAR
status-server-not-reachable = SERVER NICHT ERREICHBAR
status-server-not-reachable-tip = Die Aufzeichnung läuft weiter: Fertige Versuche warten auf diesem Computer und werden gesendet, sobald der Server wieder antwortet
status-waiting-for-server =
    { $count ->
        [one] { $count } Aufzeichnung wartet auf den Praxisserver
       *[other] { $count } Aufzeichnungen warten auf den Praxisserver
    }
status-waiting-for-server-tip = Auf diesem Computer gesichert; werden automatisch gesendet, sobald der Server antwortet (oder: { $command })
status-demo-clinic = DEMO-PRAXIS
status-journal-writes-failed =
    { $count ->
        [one] { $count } Schreibvorgang ins Journal fehlgeschlagen
       *[other] { $count } Schreibvorgänge ins Journal fehlgeschlagen
    }

## Shared widgets: the H:Q line

widget-hq-title = H:Q (Drehmoment Knieflexion / Knieextension, 90°)
widget-hq-side =
    { $side ->
        [left] links { $value }
       *[right] rechts { $value }
    }
widget-hq-no-lever-arm = ein Drehmomentverhältnis braucht den Hebelarm jedes Versuchs (unter Verlauf, aufgezeichnete Kurven, oder mit { $command } ergänzen)
widget-hq-not-both-tests = erfordert Knieflexion und Knieextension 90/90 auf dieser Seite bei diesem Termin
widget-hq-caveat =
    { $side ->
        [left] H:Q links { $caveat }
       *[right] H:Q rechts { $caveat }
    }
widget-hq-source-no-threshold = { $source }; kein Schwellenwert festgelegt.
widget-hq-source-threshold = { $source }; Schwellenwert der Praxis: mindestens { $threshold }.
widget-side-left = links
widget-side-right = rechts
widget-side-both = beide Beine

## Shared widgets: saving a file

widget-save-choose-folder = Wählen Sie einen leeren Ordner für den Export
widget-save-folder-gone = der Ordner { $folder } ist nicht mehr vorhanden
widget-save-no-file-manager = dieser Computer hat keinen Dateimanager, um ihn anzuzeigen („{ $program }“ ist nicht installiert); die Dateien liegen in { $folder }
widget-save-file-manager-failed = der Dateimanager konnte nicht gestartet werden ({ $program }: { $error }); die Dateien liegen in { $folder }
widget-save-cannot-create = { $folder } kann nicht angelegt werden: { $error }
widget-save-no-dialog = Auf diesem System konnte kein Dateidialog angezeigt werden, daher wurde noch nichts gespeichert.
widget-save-in-own-folder = Im Exportordner von ForceTrack speichern ({ $folder })
widget-save-not-now = Nicht jetzt
widget-save-saved-in-own-folder = Im Exportordner von ForceTrack gespeichert (dieser Computer zeigt keinen Dateidialog): { $folder }
widget-save-open-folder = Ordner öffnen
widget-save-cannot-show-folder = Der Ordner kann nicht angezeigt werden: { $error }.

## Athletes, the athlete's page, history, progress charts, trial viewer and the results' wording

## Athlete list

athletes-heading = Athleten
athletes-search = Suche
athletes-search-hint = Name, Sportart oder ID
athletes-show-archived = Archivierte anzeigen
athletes-add = ➕ Athlet hinzufügen
athletes-none-yet = Noch keine Athleten: Legen Sie den ersten an.
athletes-none-match = Kein Athlet entspricht der Suche.
athletes-col-status = Status
athletes-col-athlete = Athlet
athletes-col-return-to-sport = Return to Sport
athletes-col-sport = Sportart
athletes-col-last-visit = Letzter Termin
athletes-col-injury = Verletzung
athletes-status-cleared = freigegeben
# „override“ = Freigabe entgegen der Auswertung: „abweichend freigegeben“.
athletes-status-cleared-override = freigegeben (abweichend)
athletes-status-in-rehab = in Reha
athletes-status-flagged = auffällig
athletes-status-no-injury = keine Verletzung
athletes-status-words = freigegeben: Episode abgezeichnet · freigegeben (abweichend): abgezeichnet entgegen einer Auswertung, die nicht „freigegeben“ lautete, mit Begründung · in Reha: offene Verletzungsepisode · auffällig: Schmerz über 3/10 beim letzten Termin, oder die letzte Asymmetrie eines Tests im roten Bereich, ohne Verletzung oder seit der Freigabe der Verletzung
athletes-status-pain = Schmerz { $pain }/10 beim letzten Termin
athletes-status-red = { $status } · rot { $test }
athletes-name-archived = { $name } (archiviert)
athletes-open-tip = Öffnen (Eingabetaste); ⬆ ⬇ wechseln

## Return to sport (the open episode's clearance status, in the list and on the athlete's page)

athletes-rts-all-pass = { $total ->
    [one] { $total } von { $total } erfüllt
   *[other] alle { $total } erfüllt
}
athletes-rts-without-data = { $none ->
    [one] { $none } von { $total } ohne Daten
   *[other] { $none } von { $total } ohne Daten
}
athletes-rts-fail = { $fail ->
    [one] { $fail } von { $total } nicht erfüllt
   *[other] { $fail } von { $total } nicht erfüllt
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } von { $total } nicht erfüllt, { $none } ohne Daten
   *[other] { $fail } von { $total } nicht erfüllt, { $none } ohne Daten
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ { $total } von { $total } Kriterium erfüllt
   *[other] ✔ alle { $total } Kriterien erfüllt
}
athletes-rts-awaiting-signoff-tip = Wartet auf die Abzeichnung durch den Behandler: Klicken Sie, um die Checkliste zu öffnen.
athletes-rts-open-checklist-tip = Klicken Sie, um die Checkliste zu öffnen.

## Athlete page

athlete-saved = Gespeichert.
athlete-not-restored = Nicht wiederhergestellt: { $error }
athlete-archived = archiviert
athlete-new-session = ▶ Neue Testsitzung
athlete-new-session-tip = Diesen Athleten jetzt testen
athlete-edit-profile = Profil bearbeiten
athlete-archive = Archivieren
athlete-unarchive = Archivierung aufheben
athlete-archive-tip = Archivierte Athleten werden in der Liste ausgeblendet; nichts wird gelöscht
athlete-date-of-birth = Geburtsdatum
athlete-sex = Geschlecht
athlete-dominant-leg = Dominantes Bein
athlete-sport = Sportart
athlete-body-mass = Körpermasse
athlete-external-id = Externe ID
athlete-notes = Notizen
athlete-episodes = Verletzungsepisoden
athlete-add-episode = ➕ Episode hinzufügen
athlete-episodes-none = Keine erfasst.
athlete-episode-injured = verletzt am { $date }
athlete-episode-baseline = Ausgangswert vor Verletzung { $date }
athlete-episode-cleared = freigegeben am { $date }
athlete-visit-id = Termin { $id }
athlete-edit = Bearbeiten
athlete-return-to-sport = Return to Sport
athlete-visits = { $visits ->
    [one] Termine ({ $visits })
   *[other] Termine ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = Verlauf bei diesem Termin öffnen

## Deleted visits on the athlete's page

athlete-deleted-heading = { $days ->
    [one] Kürzlich gelöschte Termine ({ $days } Tag lang wiederherstellbar)
   *[other] Kürzlich gelöschte Termine ({ $days } Tage lang wiederherstellbar)
}
athlete-deleted-trials = { $count ->
    [0] keine Versuche
    [one] { $count } Versuch: { $tests }
   *[other] { $count } Versuche: { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · gelöscht { $deleted }, wiederherstellbar bis { $until }
athlete-restore-visit = Termin vom { $date } wiederherstellen
athlete-restored = { $count ->
    [0] Termin vom { $date } ohne Versuche wiederhergestellt.
    [one] Termin vom { $date } mit seinem { $count } Versuch wiederhergestellt: { $tests }.
   *[other] Termin vom { $date } mit seinen { $count } Versuchen wiederhergestellt: { $tests }.
}

## Athlete form (profile)

athlete-form-new = Neuer Athlet
athlete-form-edit = Athlet bearbeiten
athlete-given-name = Vorname
athlete-family-name = Nachname
athlete-body-mass-kg = Körpermasse (kg)
athlete-body-mass-hint = z. B. { $example }
athlete-external-id-hint = optional
athlete-form-not-saved = { $problems ->
    [one] Nicht gespeichert: { $problems } Problem zu beheben (neben den Feldern).
   *[other] Nicht gespeichert: { $problems } Probleme zu beheben (neben den Feldern).
}
athlete-save = Athlet speichern
athlete-cancel = Abbrechen

## Injury episode form

athlete-episode-form-new = Neue Verletzungsepisode
athlete-episode-form-edit = Verletzungsepisode bearbeiten
athlete-injury = Verletzung
athlete-side = Seite
athlete-grade = Grad
athlete-grade-hint = z. B. BAMIC 2b
athlete-location = Lokalisation
athlete-injury-date = Verletzungsdatum
athlete-baseline = Ausgangswert vor Verletzung
athlete-baseline-none = keiner
athlete-baseline-tip = Ein Termin vor der Verletzung, dessen Ergebnisse den Normalwerten des Athleten entsprechen
athlete-cleared-on = Freigegeben am
athlete-not-cleared = nicht freigegeben: wird durch eine Abzeichnung unter Freigabe gesetzt
athlete-cleared-by-signoff = { $date } (durch ihre Abzeichnung gesetzt)
athlete-save-episode = Episode speichern
athlete-problem-injury-date-needed = das Verletzungsdatum wird benötigt
athlete-problem-baseline-after-injury = der Termin vom { $visit } liegt nicht vor dem Verletzungsdatum { $injury }: Ein Ausgangswert vor Verletzung ist ein Termin vor der Verletzung

## History

history-heading = Verlauf: { $athlete }
history-no-visits = Noch keine Termine.
history-hq-tab = H:Q-Verhältnis
history-hq-heading = H:Q-Verhältnis — Drehmoment Knieflexion / Knieextension bei 90°, je Seite
history-hq-note = { $source }; Schwellenwert der Praxis: mindestens { $threshold }. Aus dem verwendeten Wert je Seite ({ $summary }).
history-hq-note-no-threshold = { $source }; kein Schwellenwert festgelegt. Aus dem verwendeten Wert je Seite ({ $summary }).
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Termin
history-col-left = Links
history-col-right = Rechts
history-col-asymmetry = Asymmetrie
history-col-lsi = LSI
history-col-pain = Schmerz (L / R)
history-progress-heading = { $test } — Verlauf ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — Verlauf (Wdh.)
history-key-left = ⏺ links
history-key-right = ■ rechts
history-key-baseline = - - - Ausgangswert vor Verletzung
history-key-injury = | Verletzung (Linien werden dort unterbrochen)
history-key-mdc = schattiert: ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (manuell eingegeben)
history-damaged = { $count ->
    [one] ⚠ Termin vom { $date }: Die gespeicherten Abtastwerte von Versuch { $trials } sind beschädigt und in keinem Ergebnis berücksichtigt (stellen Sie eine Sicherung wieder her, um sie zurückzuerhalten)
   *[other] ⚠ Termin vom { $date }: Die gespeicherten Abtastwerte der Versuche { $trials } sind beschädigt und in keinem Ergebnis berücksichtigt (stellen Sie eine Sicherung wieder her, um sie zurückzuerhalten)
}
history-visits = Termine
history-visit-opened-tip = Der von der Seite des Athleten aus geöffnete Termin
history-asymmetry-heading = Asymmetrieverlauf ({ $formula }, { $definition })
history-asymmetry-bands = Punkte nach Bereich der prozentualen Differenz eingefärbt: ✔ grün < { $amber } %, ⚠ gelb, ✖ rot ≥ { $red } % — { $source }
history-band-green = ✔ grün
history-band-amber = ⚠ gelb
history-band-red = ✖ rot

## Charts (history)

chart-point-hover =
    { $series }
    { $date }: { $value }
chart-same-day-note = { $count ->
    [one] { $count } Termin am selben Tag wird nicht gezeichnet: Jeder Tag zeigt seinen letzten Termin
   *[other] { $count } Termine am selben Tag werden nicht gezeichnet: Jeder Tag zeigt seinen letzten Termin
}
chart-kinds-key = gefüllt: { $latest }; hohl: { $others } — nicht vergleichbar, die Linie wird dort unterbrochen, wo die Messgeräteart wechselt
chart-baseline-left-out = Ausgangswert vor Verletzung ({ $side }) nicht gezeichnet: gemessen mit { $baseline }, nicht vergleichbar mit den aktuellen Werten ({ $latest })

## Trial viewer (recorded curves)

trial-heading = Aufgezeichnete Kurven
trial-visit = Termin
trial-compare-with = Vergleichen mit
trial-none = keiner
trial-lever-arm = Hebelarm, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Hebelarme speichern
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } gelöscht
trial-lever-arm-saved = Hebelarm gespeichert ({ $sides }): Drehmoment und H:Q verwenden ihn.
trial-lever-arm-note = Nach der Aufzeichnung gemessen oder vertippt? Der Hebelarm, von der Gelenkachse bis zum Druckpunkt des Geräts, ergibt Drehmoment und H:Q; leer lassen für keinen.
trial-curve = { $date } { $side } (Versuch { $trial })
trial-curve-recorded-by = { $date } { $side } (Versuch { $trial }, aufgezeichnet von { $clinician })
trial-key-left = — links
trial-key-right = — rechts
trial-key-earlier = - - - der frühere Termin
trial-key-marks = ■ blasser Balken: die Ruhephase, die als Baseline jeder Wdh. dient   | Kraftbeginn   ♦ Spitzenkraft   schattiert: RFD 0-50 / 100 / 200 ms
trial-help = Zeit ab dem Kraftbeginn der ersten Wdh. Ziehen zum Verschieben, Strg + Mausrad zum Zoomen, Doppelklick zum Zurücksetzen; Werte beim Überfahren mit der Maus.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Results: words shared by the screens and the printed report

results-summary-best = Bestwert
results-summary-mean = Mittelwert
results-reps = { $reps ->
    [one] { $reps } Wdh.
   *[other] { $reps } Wdh.
}
results-reps-change = { $count ->
    [one] { $delta } Wdh.
   *[other] { $delta } Wdh.
}
results-verdict-improved = verbessert
results-verdict-declined = verschlechtert
results-verdict-within-error = innerhalb des Messfehlers
results-verdict-no-mdc = nicht bewertet (keine MDC für diesen Test)
results-verdict-not-comparable = nicht vergleichbar: anderes Gerät oder anderer Modus
results-change = { $delta }, { $verdict } (seit { $date })
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; jetzt { $now }, { $now_kinds })
results-mdc-clinic-setting = Praxiseinstellung
results-hq-no-lever-arm = kein Hebelarm
results-hq-source = H:Q = Drehmoment Knieflexion / Drehmoment Knieextension bei 90°. Defizite bestehen nach dem Return to Play fort ({ $maniar }); der isokinetische Grenzwert ({ $croisier }) ist nicht auf isometrische Verhältnisse übertragbar: kein Standard-Schwellenwert
results-hq-caveat = { $verdict } (Knieflexion: { $flexion }; Knieextension: { $extension })
results-problem-bands = die Asymmetriebereiche (gelb ab { $amber } %, rot ab { $red } %) müssen von mindestens 1 % bis höchstens 80 % ansteigen
results-problem-rep-threshold = die Wiederholungsschwelle von { $test } ({ $threshold } N) muss 1-200 N betragen: Darüber wird keine Wiederholung eines Tests gefunden
results-problem-mdc = die MDC von { $test } ({ $mdc }) muss über 0 und höchstens 1000 liegen
results-problem-hq = das niedrigste H:Q ({ $hq }) muss zwischen 0.1 und 2 liegen

## Flags: a result's quality concerns in plain words

flag-noisy-baseline = unruhiges Signal vor dem Krafteinsatz
flag-not-sustained = Kraft nicht gehalten
flag-clipped = Gerätemaximum erreicht: Die Spitzenkraft kann höher sein
flag-poor-fit = Kraftkurve passt schlecht zum Anstiegsmodell
flag-fit-failed = Anstiegsmodell konnte nicht angepasst werden
flag-baseline-from-trial-start = keine Ruhephase vor dem Krafteinsatz
flag-low-sample-rate = RFD unter 200 Abtastwerten/s nicht zuverlässig
flag-inconsistent = Wiederholungen uneinheitlich (CV über 10 %)
flag-excluded-rep-not-found = eine ausgeschlossene Wiederholung ist in der Aufzeichnung nicht mehr auffindbar

## Return-to-sport clearance
# „clearance“ = Freigabe (Return-to-Sport-Freigabe); „sign-off“ = Abzeichnung (abzeichnen);
# „pass/fail“ = erfüllt/nicht erfüllt; „required criteria“ = Pflichtkriterien.

## Verdicts and statuses
clearance-verdict-pass = erfüllt
clearance-verdict-fail = nicht erfüllt
clearance-verdict-no-data = keine Daten
clearance-verdict-mark-pass = ✔ erfüllt
clearance-verdict-mark-fail = ✖ nicht erfüllt
clearance-verdict-mark-no-data = – keine Daten
clearance-status-all-pass = alle Kriterien erfüllt
clearance-status-not-yet = noch nicht
clearance-status-incomplete = unvollständig
clearance-status-mark-all-pass = ✔ ALLE KRITERIEN ERFÜLLT
clearance-status-mark-not-yet = ✖ NOCH NICHT
clearance-status-mark-incomplete = ⚠ UNVOLLSTÄNDIG
clearance-summary = { $status }: { $reason }
clearance-summary-screening = Screening: { $status }: { $reason }
clearance-reason-all-pass = { $total ->
    [one] { $total } von { $total } Pflichtkriterium erfüllt
   *[other] alle { $total } Pflichtkriterien erfüllt
}
clearance-reason-fail-and-no-data = { $total ->
    [one] { $fail } von { $total } Pflichtkriterium nicht erfüllt, { $none } ohne Daten
   *[other] { $fail } von { $total } Pflichtkriterien nicht erfüllt, { $none } ohne Daten
}
clearance-reason-fail = { $total ->
    [one] { $fail } von { $total } Pflichtkriterium nicht erfüllt
   *[other] { $fail } von { $total } Pflichtkriterien nicht erfüllt
}
clearance-reason-no-data = { $total ->
    [one] { $none } von { $total } Pflichtkriterium ohne Daten
   *[other] { $none } von { $total } Pflichtkriterien ohne Daten
}

## Kinds of criterion (the template editor)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = Asymmetrie
clearance-kind-absolute = absolute Kraft oder Drehmoment
clearance-kind-baseline-percent = % des Ausgangswerts vor Verletzung
clearance-kind-pain = Schmerz
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = Verhältnis zweier Tests
clearance-kind-reps-count = Anzahl Wiederholungen
clearance-kind-provocation = Provokationstests
clearance-kind-manual = manuelle Prüfung
clearance-kind-any-of = eines davon
clearance-kind-first-with-data = erstes mit Daten
clearance-kind-tests-done = Tests durchgeführt
clearance-quantity-force-n = Kraft (N)
clearance-quantity-force-n-per-kg = Kraft pro kg (N/kg)
clearance-quantity-torque-n-m = Drehmoment (N·m)
clearance-quantity-torque-n-m-per-kg = Drehmoment pro kg (N·m/kg)

## Thresholds in words
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }) ≥ { $percent } %
clearance-threshold-asymmetry = Asymmetrie ({ $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] betroffene Seite
       *[each] jede Seite
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] betroffene Seite
       *[each] jede Seite
    } ≥ { $percent } % des Werts vor Verletzung
clearance-threshold-pain = Schmerz ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } oder Verbesserung über { $count } Termin
   *[other] VISA-H ≥ { $score } oder Verbesserung über { $count } Termine
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H verbessert sich über { $count } Termin
   *[other] VISA-H verbessert sich über { $count } Termine
}
clearance-threshold-visa-h-recorded = VISA-H erfasst
clearance-threshold-ratio = { $low }-{ $high } auf jeder Seite
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] betroffene Seite ≥ { $count } Wdh.
           *[other] betroffene Seite ≥ { $count } Wdh.
        }
       *[each] { $count ->
            [one] jede Seite ≥ { $count } Wdh.
           *[other] jede Seite ≥ { $count } Wdh.
        }
    }
clearance-threshold-provocation = alle negativ
clearance-threshold-manual = vom Behandler abgehakt
clearance-threshold-or = { $first } oder { $second }
clearance-threshold-else = { $first }; falls keine Daten: { $second }
clearance-threshold-tests-done = { $tests } auf beiden Seiten aufgezeichnet
clearance-join-and = { $first } und { $second }
clearance-join-semicolon = { $first }; { $second }

## A template's problems (shown when a template is saved or read)
clearance-problem-lsi-percent = LSI { $value } ist kein Prozentwert
clearance-problem-asymmetry-percent = Asymmetrie { $value } ist kein Prozentwert
clearance-problem-baseline-percent = Prozentsatz des Ausgangswerts { $value } ist kein Prozentwert
clearance-problem-threshold-negative = Schwellenwert { $value } muss eine Zahl von mindestens 0 sein
clearance-problem-pain-range = Schmerz { $value } liegt außerhalb von 0-10
clearance-problem-visa-h-range = VISA-H { $value } liegt außerhalb von 0-100
clearance-problem-improving-visits = eine Verbesserung erfordert mindestens 2 Termine
clearance-problem-ratio-empty = Verhältnisbereich { $low }-{ $high } ist leer
clearance-problem-any-of-empty = „eines davon“ erfordert mindestens eine Option
clearance-problem-first-with-data-empty = „erstes mit Daten“ erfordert mindestens eine Option
clearance-problem-tests-done-empty = „Tests durchgeführt“ erfordert mindestens einen Test
clearance-problem-no-id = die Vorlage hat keine ID
clearance-problem-no-name = die Vorlage hat keinen Namen
clearance-problem-no-criteria = die Vorlage hat keine Kriterien
clearance-problem-criterion-no-id = ein Kriterium („{ $label }“) hat keine ID
clearance-problem-criterion-twice = Kriterium „{ $criterion }“ kommt zweimal vor
clearance-problem-criterion-no-label = Kriterium „{ $criterion }“ hat keine Bezeichnung
clearance-problem-criterion-no-source = Kriterium „{ $criterion }“ hat keine Quelle
clearance-problem-criterion-no-test = Kriterium „{ $criterion }“: kein Test „{ $test }“ in der Testbibliothek
clearance-problem-criterion-rule = Kriterium „{ $criterion }“: { $problem }
clearance-problem-stored = Freigabevorlage „{ $template }“: { $error }
clearance-problem-stored-unreadable = Freigabevorlage „{ $template }“ kann nicht gelesen werden: { $error }
clearance-no-template = keine Freigabevorlage „{ $template }“
clearance-no-episode = { $athlete } hat keine Verletzungsepisode { $episode }
clearance-no-visit = { $athlete } hat keinen Termin { $visit }
clearance-no-visit-to-evaluate = { $athlete } hat keinen Termin zum Auswerten
clearance-no-visit-for-athlete = kein Termin { $visit } für diesen Athleten

## Readings (the values behind a verdict)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = Asymmetrie
clearance-reading-left = links
clearance-reading-right = rechts
clearance-reading-highest = Maximum
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = Bent-Knee-Stretch
clearance-reading-modified-bent-knee-stretch = modifizierter Bent-Knee-Stretch
clearance-reading-reps = { $count ->
    [one] { $value } Wdh.
   *[other] { $value } Wdh.
}
clearance-reading-yes = ja
clearance-reading-no = nein
clearance-reading-positive = positiv
clearance-reading-negative = negativ
clearance-reading-percent-of-baseline = { $percent } % des Werts vor Verletzung
clearance-agreement = { $percent } % Zustimmung
clearance-agreement-below-consensus = { $percent } % Zustimmung: kein Konsens erreicht
clearance-below-consensus = kein Konsens erreicht
clearance-source-with-agreement = { $source } ({ $agreement })

## Notes (where a value came from, why there is no data)
clearance-note-from-visit = vom Termin am { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } nicht innerhalb von { $days } Tag auf beiden Seiten aufgezeichnet
   *[other] { $test } nicht innerhalb von { $days } Tagen auf beiden Seiten aufgezeichnet
}
clearance-note-lsi-left-involved = links (betroffen) / rechts, { $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }
clearance-note-lsi-right-involved = rechts (betroffen) / links, { $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }
clearance-note-lsi-weaker-stronger = schwächere / stärkere Seite, { $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }
clearance-note-side-without-force = für eine Seite liegt keine Kraft vor
clearance-note-percent-difference = prozentuale Differenz, { $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } nicht innerhalb von { $days } Tag aufgezeichnet
   *[other] { $test } nicht innerhalb von { $days } Tagen aufgezeichnet
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (mit Körpermasse) nicht innerhalb von { $days } Tag aufgezeichnet
   *[other] { $test } (mit Körpermasse) nicht innerhalb von { $days } Tagen aufgezeichnet
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (mit Hebelarm) nicht innerhalb von { $days } Tag aufgezeichnet
   *[other] { $test } (mit Hebelarm) nicht innerhalb von { $days } Tagen aufgezeichnet
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (mit Hebelarm und Körpermasse) nicht innerhalb von { $days } Tag aufgezeichnet
   *[other] { $test } (mit Hebelarm und Körpermasse) nicht innerhalb von { $days } Tagen aufgezeichnet
}
clearance-note-best-rep = beste Wiederholung
clearance-note-best-reps = beste Wiederholungen
clearance-note-no-episode = keine Verletzungsepisode
clearance-note-no-baseline-visit = die Episode hat keinen Termin mit Ausgangswert vor Verletzung
clearance-note-baseline-missing = der Termin mit dem Ausgangswert fehlt
clearance-note-not-at-baseline = { $test } wurde beim Termin mit dem Ausgangswert nicht aufgezeichnet
clearance-note-not-comparable = nicht vergleichbar: Der Wert vor Verletzung ({ $side ->
        [left] links
       *[right] rechts
    }) wurde mit { $before } gemessen, dieser mit { $now }
clearance-note-baseline = { $summary ->
        [mean] Mittelwert
       *[best] Bestwert
    }, Ausgangswert { $date }
clearance-note-no-pain = { $days ->
    [one] kein Schmerzwert bei den Tests innerhalb von { $days } Tag erfasst
   *[other] kein Schmerzwert bei den Tests innerhalb von { $days } Tagen erfasst
}
clearance-note-pain-on = bei { $tests }
clearance-note-no-visa-h = kein VISA-H erfasst
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } von { $needed } für einen Trend nötigen Wert vorhanden
   *[other] { $have } von { $needed } für einen Trend nötigen Werten vorhanden
}
clearance-note-visa-h-rising = steigend
clearance-note-visa-h-not-rising = nicht bei jedem Termin steigend
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } und { $denominator } nicht innerhalb von { $days } Tag beim selben Termin aufgezeichnet
   *[other] { $numerator } und { $denominator } nicht innerhalb von { $days } Tagen beim selben Termin aufgezeichnet
}
clearance-note-no-provocation = { $days ->
    [one] kein Provokationstest innerhalb von { $days } Tag erfasst
   *[other] kein Provokationstest innerhalb von { $days } Tagen erfasst
}
clearance-note-modified-bent-knee-missing = der modifizierte Bent-Knee-Stretch (der genaueste) wurde nicht erfasst
clearance-note-not-answered = bei diesem Termin nicht beantwortet
clearance-note-answered = beantwortet am { $date }
clearance-note-answered-by = beantwortet von { $clinician } am { $date }
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = entschieden durch { $threshold }
clearance-note-no-data-for = keine Daten für { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] nicht innerhalb von { $days } Tag auf beiden Seiten aufgezeichnet: { $tests }
   *[other] nicht innerhalb von { $days } Tagen auf beiden Seiten aufgezeichnet: { $tests }
}

## Clearance screen
clearance-heading = Return-to-Sport-Freigabe: { $athlete }
clearance-no-visits = Noch keine Termine: Testen Sie den Athleten zuerst.
clearance-no-visit-to-evaluate-here = Kein Termin zum Auswerten.
clearance-injury = Verletzung
clearance-injury-none = keine (ein Screening)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Termin
clearance-template = Vorlage
clearance-template-clinic = { $template } (Praxis)
clearance-edit-template = Vorlage bearbeiten
clearance-edit-template-tip = Schwellenwerte und Pflichtkriterien ändern, Kriterien hinzufügen
clearance-copy-and-edit = Kopieren und bearbeiten
clearance-copy-and-edit-tip = Eine Kopie für die Praxis; die Standardvorlage bleibt verfügbar
clearance-caution = Die 10-%-Regel ist mit Vorsicht zu verwenden: Defizite von mehr als 10 % waren beim Return to Sport häufig ({ $citation }). Beachten Sie die Zahlen und Trends, nicht nur das Ergebnis.
clearance-name-to-answer = Geben Sie unten bei der Abzeichnung Ihren Namen ein, um die manuellen Prüfungen zu beantworten: Jede Antwort nennt, wer sie gegeben hat.
clearance-column-verdict = Ergebnis
clearance-column-criterion = Kriterium
clearance-column-value = Wert
clearance-column-threshold = Schwelle
clearance-column-trend = Trend
clearance-column-source = Quelle
clearance-optional = optional
clearance-answer-yes = Ja
clearance-answer-no = Nein
clearance-answer-none = Nicht beantwortet
clearance-answer-name = { $criterion }: { $answer ->
        [yes] ja
        [no] nein
       *[none] nicht beantwortet
    }
clearance-answers = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] ja
        [no] nein
       *[withdrawn] Antwort zurückgezogen
    }
clearance-check-unnamed = ohne Namen
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date }: { $value } ({ $verdict })
clearance-print-report = Bericht drucken (PDF)…
clearance-report-csv = Bericht als CSV…
clearance-report-csv-tip = Derselbe Inhalt, für Dokumentationssysteme
clearance-paper = Papier
clearance-paper-a4 = A4
clearance-paper-letter = Letter
clearance-report-wrote = { $path } geschrieben
clearance-not-saved = Nicht gespeichert: { $error }

## Clearance banner
clearance-banner-cleared = ✔ FREIGEGEBEN
clearance-banner-cleared-override = ✔! ABWEICHEND FREIGEGEBEN
clearance-banner-signed = Abgezeichnet von { $clinician } am { $at }: { $status }.
clearance-banner-screening = Ein Screening: keine Verletzungsepisode, daher nichts freizugeben.
clearance-banner-not-signed = Nicht abgezeichnet: Der Athlet ist erst freigegeben, wenn ein Behandler abzeichnet.
clearance-banner-changed-since = Seit der Abzeichnung lauten die Kriterien „{ $summary }“ (eine Antwort oder ein Ergebnis hat sich geändert).
clearance-banner-context = { $days ->
    [one] { $episode } · ausgewertet beim Termin vom { $date } · Ergebnisse bis { $days } Tag alt zählen · Vorlage: { $source }
   *[other] { $episode } · ausgewertet beim Termin vom { $date } · Ergebnisse bis { $days } Tage alt zählen · Vorlage: { $source }
}
clearance-banner-no-episode = keine Verletzungsepisode (ein Screening)

## Sign-off
clearance-signoff = Abzeichnung
clearance-signoff-newer-not-yet = ⚠ Dies ist der Termin vom { $date }; ein neuerer Termin, vom { $newer }, lautet { $status }: { $summary }. Wer diesen älteren Termin abzeichnet, handelt gegen den neueren.
clearance-signoff-clinician = Behandler
clearance-signoff-login-tip = Ihr Login auf dem Praxisserver zeichnet dies ab
clearance-signoff-your-name = Ihr Name
clearance-signoff-note = Notiz
clearance-signoff-note-optional = optional
clearance-signoff-note-why = Warum Sie eine Auswertung abzeichnen, deren Kriterien nicht alle erfüllt sind
clearance-signoff-close-episode = Verletzungsepisode abschließen: freigegeben für Return to Sport am { $date }
clearance-signoff-close-episode-tip = { $episode } endet; die Athletenliste zeigt den Athleten als freigegeben
clearance-signoff-closes-by-override = Die Verletzungsepisode wird mit dieser Abzeichnung abgeschlossen: abweichend freigegeben am { $date }, entgegen der Auswertung („{ $status }“).
clearance-signoff-stays-open = Die Verletzungsepisode bleibt offen: Nur die Abzeichnung einer Auswertung, deren Kriterien alle erfüllt sind, schließt sie ab (diese lautet „{ $status }“).
clearance-signoff-override = Trotzdem für Return to Sport freigeben (abweichend von der Auswertung)
clearance-signoff-override-tip = Schließt die Episode entgegen den Kriterien als freigegeben ab; die Notiz ist die Begründung und Pflicht, und der Athlet wird in der Liste, den Berichten und der Abzeichnungshistorie als „freigegeben (abweichend)“ angezeigt
clearance-signoff-sign-override = Abzeichnen: entgegen dieser Auswertung freigeben ({ $status })
clearance-signoff-sign-cleared = Abzeichnen: für Return to Sport freigegeben
clearance-signoff-sign-screening = Dieses Screening abzeichnen
clearance-signoff-sign-evaluation = Diese Auswertung abzeichnen ({ $status })
clearance-signoff-signing = Wird abgezeichnet…
clearance-signoff-already = Abgezeichnet von { $clinician } am { $at }. Eine neue Abzeichnung ist möglich, sobald sich eine Antwort oder ein Ergebnis ändert.
clearance-signoff-enter-name = Geben Sie Ihren Namen ein, um abzuzeichnen.
clearance-signoff-override-reason-needed = Die Begründung für die abweichende Freigabe ist erforderlich (in der Notiz).
clearance-signoff-newer-reason-needed = Die Begründung für den Abschluss entgegen dem neueren Termin ist erforderlich (in der Notiz).
clearance-signoff-note-needed = Um eine Auswertung abzuzeichnen, deren Kriterien nicht alle erfüllt sind, ist eine Notiz erforderlich.
clearance-signoff-signed-by = Abgezeichnet von { $clinician }.
clearance-signoff-earlier = Frühere Abzeichnungen
clearance-signoff-status = { $status ->
        [cleared] freigegeben
        [screened] gescreent
        [not_yet] noch nicht
        [incomplete] unvollständig
        [all_pass] alle erfüllt
        [cleared_override] abweichend freigegeben
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, Termin vom { $visit }
clearance-signoff-override-of = Abweichende Freigabe zu einer Auswertung mit dem Ergebnis „{ $status }“. { $note }
clearance-signoff-unknown = unbekannt
clearance-signoff-unreadable = Die abgezeichnete Auswertung kann nicht gelesen werden.

## Template editor
clearance-editor-title = Vorlage: { $template }
clearance-editor-copy-of = Eine Praxiskopie von „{ $template }“; die Standardvorlage bleibt verfügbar.
clearance-editor-name = Name
clearance-editor-max-age = Ergebnisse zählen (Tage)
clearance-editor-used-for = Verwendet für
clearance-editor-required = Pflicht
clearance-editor-remove = Entfernen
clearance-editor-remove-tip = „{ $criterion }“ entfernen
clearance-editor-label = Bezeichnung
clearance-editor-source = Quelle
clearance-editor-new-criterion = Neues Kriterium
clearance-editor-add-criterion = Kriterium hinzufügen
clearance-editor-new-criterion-label = Neues Kriterium: { $kind }
clearance-editor-new-criterion-source = Festlegung der Praxis
clearance-editor-save = Vorlage speichern
clearance-editor-cancel = Abbrechen
clearance-editor-delete = Vorlage löschen
clearance-editor-delete-tip = Nur die Kopie der Praxis
clearance-editor-test = Test
clearance-editor-divided-by = geteilt durch
clearance-editor-per-side = Je Seite
clearance-editor-best = Bestwert
clearance-editor-mean = Mittelwert
clearance-editor-sides = Seiten
clearance-editor-each = jede
clearance-editor-involved = betroffene
clearance-editor-lsi-at-least = LSI mindestens (%)
clearance-editor-asymmetry-at-most = Asymmetrie höchstens (%)
clearance-editor-quantity = Größe
clearance-editor-at-least = Mindestens
clearance-editor-at-least-baseline = Mindestens (% des Werts vor Verletzung)
clearance-editor-pain-at-most = Schmerz höchstens (0-10), bei jedem Test des Termins
clearance-editor-visa-h-at-least = VISA-H mindestens
clearance-editor-score = Punktzahl
clearance-editor-or-improving = oder Verbesserung
clearance-editor-over-visits = über Termine
clearance-editor-between = zwischen
clearance-editor-and = und
clearance-editor-reps-at-least = Mindestens (Wdh.)
clearance-editor-provocation = Die beim Termin erfassten Provokationstests sind alle negativ.
clearance-editor-manual = Vom Behandler bei jedem Termin abgehakt.
clearance-editor-any-of = Erfüllt, wenn eines davon erfüllt ist:
clearance-editor-first-with-data = Das erste davon mit Daten entscheidet:
clearance-editor-tests-done = Jeder dieser Tests auf beiden Seiten aufgezeichnet:

## Built-in templates (their names, criteria and sources)
clearance-hamstring-strain-name = Hamstring-Muskelverletzung
clearance-hamstring-strain-source = { $citation1 } (Delphi-Konsens zum Return to Play nach Hamstring-Verletzung), mit objektiven Schwellenwerten
clearance-hamstring-strain-knee-flexion-90-lsi-label = Isometrische Knieflexion 90/90: LSI mindestens 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Isometrische Knieflexion, Bauchlage 0-30°: LSI mindestens 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; Testung im endgradigen Bereich nach { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nordic: LSI mindestens 90 %
clearance-hamstring-strain-nordic-strength-label = Nordic: jedes Bein mindestens 337 N oder mindestens 100 % des Ausgangswerts vor Verletzung
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (Fußball: < 337 N erhöht das Risiko einer Hamstring-Verletzung)
clearance-hamstring-strain-no-pain-label = Schmerzfrei (0/10) bei allen Krafttests
clearance-hamstring-strain-bridge-lsi-label = Single-Leg-Hamstring-Bridge: LSI mindestens 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; Test nach { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Single-Leg-Hamstring-Bridge: mindestens 25 Wdh. je Seite
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (unter etwa 20 schwach, etwa 25 durchschnittlich, über 30 gut)
clearance-hamstring-strain-palpation-pain-free-label = Kein Palpationsschmerz
clearance-hamstring-strain-flexibility-symmetric-label = Flexibilität der Hamstrings seitengleich
clearance-hamstring-strain-field-tests-done-label = Sportartspezifische Feldtests absolviert
clearance-hamstring-strain-athlete-ready-label = Der Athlet fühlt sich bereit
clearance-hamstring-london-2023-name = Hamstring-Verletzung, London-Konsens 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Isometrische Knieflexion 90/90: innerhalb von 10 % des Werts vor Verletzung (falls vorhanden, sonst LSI mindestens 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Isometrische Knieflexion, Bauchlage 0-30°: innerhalb von 10 % des Werts vor Verletzung (falls vorhanden, sonst LSI mindestens 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nordic: innerhalb von 10 % des Werts vor Verletzung (falls vorhanden, sonst LSI mindestens 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Isometrische Spitzenkraft im mittleren und äußeren Bewegungsbereich getestet (Knieflexion bei 90° und bei 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Keine Apprehension
clearance-hamstring-london-2023-athlete-ready-label = Selbst eingeschätzte Bereitschaft des Athleten
clearance-hamstring-london-2023-sprint-loads-done-label = Sprintbelastungen nahe Wettkampfniveau absolviert
clearance-hamstring-london-2023-running-pain-mild-label = Schmerz beim Laufen höchstens leicht und 24 Stunden später nicht stärker
clearance-proximal-hamstring-tendinopathy-name = Proximale Hamstring-Tendinopathie
clearance-proximal-hamstring-tendinopathy-source = nach { $citation1 } (Belastungssteigerung) und { $citation2 } (Schmerzmonitoring)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Schmerz bei Belastungstests höchstens 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 unbedenklich, 4-5 akzeptabel, über 5 nicht akzeptabel)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Schmerz am nächsten Morgen nicht stärker als vorher
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H verbessert sich über die letzten 3 Termine
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); einen Zielwert legt die Praxis fest
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Isometrische Knieflexion, Bauchlage 0-30°: LSI mindestens 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Isometrische Hüftextension: LSI mindestens 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Provokationstests negativ
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (modifizierter Bent-Knee-Stretch: Sensitivität 89 %, Spezifität 91 %)
clearance-glute-hip-name = Gluteal-/Hüftkraft
clearance-glute-hip-source = Symmetrie wie bei den Hamstring-Kriterien; Normwerte für das Verhältnis Hüftadduktion:-abduktion nach { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Isometrische Hüftabduktion: LSI mindestens 90 %
clearance-glute-hip-hip-abduction-lsi-source = die 90-%-Symmetrieregel der Hamstring-Kriterien ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Isometrische Hüftextension: LSI mindestens 90 %
clearance-glute-hip-hip-extension-lsi-source = die 90-%-Symmetrieregel der Hamstring-Kriterien ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Verhältnis Adduktion:Abduktion zwischen 1.0 und 1.4 auf jeder Seite
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (Profifußball: 1.2 ± 0.2)

## The printed report (PDF), the report's CSV text, the methods behind the numbers, and the
## Export screen. The report is made in a language chosen for it, which may differ from the app's.

## Methods: one sentence per fact, in the words of a clinical methods section

methods-sentence = { $label }: { $text }.
methods-list-and = { $rest } und { $last }
methods-label-analysis = Analyse
methods-label-reps = Wiederholungen
methods-label-onset = Kraftbeginn (Onset)
methods-label-rfd = RFD
methods-label-result = Ergebnis
methods-label-asymmetry = Asymmetrie
methods-label-lsi = LSI
methods-label-hq = H:Q
methods-label-mdc = MDC95
methods-label-devices = Geräte
methods-label-left-out = Nicht berücksichtigt
methods-analysis = Kraft-Zeit-Kurven ausgewertet mit ForceTrack (Analyserevision { $revision }); jede Wiederholung wird ab ihrer eigenen Baseline gemessen, den ruhigsten { $window } ms vor ihrem Anstieg
methods-reps-auto = eine Wiederholung beginnt, wenn die Kraft max({ $floor }, { $multiple } × SD der Baseline des Versuchs) überschreitet
methods-reps-fixed = eine Wiederholung beginnt oberhalb einer festen Schwelle von { $threshold }
methods-reps-with-fixed = { $rule } (feste Schwelle: { $fixed })
methods-threshold-for-test = { $threshold } für { $test }
methods-onset = Kraft mehr als max({ $floor }, { $multiple } × SD der Baseline) über der Baseline der Wiederholung
methods-rfd = Kraftanstiegsrate über { $windows } ms ab Kraftbeginn, maximale RFD über ein gleitendes Fenster von { $peak } ms; { $low_rate }
methods-result =
    { $summary ->
        [mean] Die mittlere Spitzenkraft der akzeptierten Wiederholungen je Seite geht in Asymmetrie und Veränderung ein; CV = SD / Mittelwert × 100, Wiederholungen uneinheitlich über { $cv } %
       *[best] Die beste (höchste) Spitzenkraft der akzeptierten Wiederholungen je Seite geht in Asymmetrie und Veränderung ein; CV = SD / Mittelwert × 100, Wiederholungen uneinheitlich über { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); grün unter { $amber } %, gelb ab { $amber } %, rot ab { $red } % Seitendifferenz ({ $source }, nur für den Nordic publiziert; für andere Tests eine Konvention)
methods-lsi = betroffene / nicht betroffene Seite × 100 (schwächere / stärkere Seite, wenn keine verletzte Seite erfasst ist)
methods-hq = Drehmoment Knieflexion / Knieextension bei 90° je Seite (Kraft × Hebelarm); { $threshold } ({ $source }; der isokinetische Wert { $other_value } von { $other_source } ist nicht auf isometrische Verhältnisse übertragbar)
methods-hq-no-threshold = kein Schwellenwert festgelegt
methods-hq-threshold = Schwellenwert der Praxis mindestens { $value }
methods-mdc-percent = { $value } % des vorherigen Ergebnisses
methods-mdc-for-tests = { $value } für { $tests } ({ $source })
methods-mdc-none-for-tests = keine für { $tests }, deren Veränderungen wie gemessen angegeben werden
methods-mdc = die kleinste nachweisbare Veränderung; eine kleinere Veränderung liegt innerhalb des Messfehlers: { $list }
methods-unknown-rate = unbekannte Abtastrate
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, aufgezeichnet und manuell eingegeben
methods-device-entered-by-hand = { $device }, manuell eingegeben (Spitzenkraft jeder Wiederholung)
methods-reps-counted = Wiederholungen vom Behandler gezählt
methods-source-for-tests = { $source } für { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } Versuch in keinem dieser Ergebnisse: { $list }
       *[other] { $count } Versuche in keinem dieser Ergebnisse: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } Zeile in keinem dieser Ergebnisse: { $list }
       *[other] { $count } Zeilen in keinem dieser Ergebnisse: { $list }
    }

## Report: the title and the athlete

report-title = Bericht zu Kraft und Return to Sport
report-subtitle = { $name } · Termin vom { $date }
report-fact-athlete = Athlet
report-fact-date-of-birth = Geburtsdatum
report-fact-profile = Profil
report-fact-external-id = Externe ID
report-fact-injury = Verletzung
report-fact-injured-on = Verletzt am
report-fact-baseline = Ausgangswert vor Verletzung
report-fact-cleared-on = Freigegeben am
report-fact-visit = Termin
report-fact-visa-h = VISA-H
report-fact-provocation = Provokationstests
report-fact-notes = Notizen
report-dominant-leg =
    { $side ->
        [left] dominantes Bein links
       *[right] dominantes Bein rechts
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } Tag vor diesem Termin)
       *[other] { $date } ({ $days } Tage vor diesem Termin)
    }
report-baseline-none = keiner erfasst
report-baseline-visit = Termin vom { $date }
report-no-episode = keine Verletzungsepisode (Screening)
report-visit-clinician = Behandler { $name }
report-visit-body-mass = Körpermasse { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = Bent-Knee-Stretch
report-provocation-modified-bent-knee-stretch = modifizierter Bent-Knee-Stretch
report-provocation-result =
    { $result ->
        [positive] { $test } positiv
       *[negative] { $test } negativ
    }
report-provocation-value = { $tests } ({ $source })

## Report: the results of the visit

report-results-heading = Ergebnisse dieses Termins (Kräfte in { $unit })
report-col-test = Test
report-col-side = Seite
report-col-best = Bestwert
report-col-mean = Mittelwert
report-col-cv = CV
report-col-pain = Schmerz
report-col-asymmetry = Asymmetrie
report-col-lsi = LSI
report-col-change = Veränderung
report-band =
    { $band ->
        [green] grün
        [amber] gelb
       *[red] rot
    }
report-asymmetry-with-band = { $asymmetry } ({ $band })
report-change-other-device = anderes Gerät: { $value } am { $date }, { $instruments }
report-change-first-visit = erster Termin
report-no-tests = Bei diesem Termin wurden keine Tests aufgezeichnet.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side }: { $flags }
report-read-with-care = Mit Vorsicht zu interpretieren: { $items }.
report-entered-by-hand = Manuell eingegeben (Spitzenkraft jeder Wiederholung von der Geräteanzeige übernommen; keine Kurvenparameter): { $items }.
report-note-summary =
    { $summary ->
        [mean] Bestwert ist die beste Wiederholung, Anzahlen sind Wiederholungen; Asymmetrie, LSI und Veränderung verwenden den Mittelwert je Seite (siehe Methoden).
       *[best] Bestwert ist die beste Wiederholung, Anzahlen sind Wiederholungen; Asymmetrie, LSI und Veränderung verwenden den Bestwert je Seite (siehe Methoden).
    }
report-note-other-device = Anderes Gerät: Der frühere Wert wurde mit einer anderen Geräteart oder in einem anderen Modus gemessen (Wert, Datum und Gerät sind angegeben); Veränderungen werden nur innerhalb einer Geräteart verglichen.
report-hq-below = { $ratio } (unter Schwelle)
report-hq-earlier-item = { $date }: L { $left } R { $right }
report-hq-line = H:Q (Drehmoment Knieflexion / Knieextension bei 90°) am { $date }: links { $left }, rechts { $right }; { $threshold }.
report-hq-earlier = Früher: { $items }.
report-hq-caveat = H:Q { $side } { $caveat }.

## Report: progress over visits

report-progress-heading = Verlauf über die Termine
report-progress-legend = Links: blaue Kreise; rechts: orange Quadrate; gestrichelt: Ausgangswert vor Verletzung; rot gepunktet: publizierte Risikoschwellen; rot durchgezogen: die Verletzung (Linien werden dort unterbrochen); hohl: eine andere Messgeräteart als bei den aktuellen Werten (nicht vergleichbar: auch dort werden Linien unterbrochen); ein Punkt pro Tag (der letzte Termin des Tages).
report-chart-title = { $test } ({ $unit })
report-unit-reps = Wdh.
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Schwellenwerte: { $thresholds }
report-methods-heading = Methoden

## Report: return-to-sport clearance and sign-off

report-clearance-heading = Return-to-Sport-Freigabe: { $template }
report-status-cleared-signed = FREIGEGEBEN (abgezeichnet)
report-status-cleared-override-signed = ABWEICHEND FREIGEGEBEN (abgezeichnet)
report-status-screening-all-pass = SCREENING: ALLE KRITERIEN ERFÜLLT
report-status-all-pass-not-signed = ALLE KRITERIEN ERFÜLLT (nicht abgezeichnet)
report-status-not-yet = NOCH NICHT FREIGEGEBEN
report-status-incomplete = UNVOLLSTÄNDIG
report-evaluated-at = { $reason } (ausgewertet beim Termin vom { $date })
report-clearance-template =
    { $days ->
        [one] Vorlage: { $source }. Es zählen Ergebnisse bis { $days } Tag vor dem Termin. Der Athlet ist erst freigegeben, wenn ein Behandler eine Auswertung abzeichnet, deren Pflichtkriterien alle erfüllt sind; die Entscheidung trifft der Behandler.
       *[other] Vorlage: { $source }. Es zählen Ergebnisse bis { $days } Tage vor dem Termin. Der Athlet ist erst freigegeben, wenn ein Behandler eine Auswertung abzeichnet, deren Pflichtkriterien alle erfüllt sind; die Entscheidung trifft der Behandler.
    }
report-col-verdict = Ergebnis
report-col-criterion = Kriterium
report-col-value = Wert
report-col-threshold = Schwelle
report-col-source = Quelle
report-col-trend = Trend
report-criterion-optional = { $criterion } (optional)
report-value-with-note = { $value } ({ $note })
report-trend-key = Trend: das Kriterium bei den letzten Terminen der Episode, ältester zuerst (+ erfüllt, x nicht erfüllt, · keine Daten).
report-ten-percent-caution = Die 10-%-Regel ist mit Vorsicht zu verwenden: Defizite von mehr als 10 % waren beim Return to Sport häufig ({ $source }). Beachten Sie die Zahlen und Trends, nicht nur das Ergebnis.
report-signoff-heading = Abzeichnung
report-signed-by = Abgezeichnet von { $clinician } am { $date } mit dem Status „{ $status }“.
report-answer-yes = ja
report-answer-no = nein
report-answer-withdrawn = Antwort zurückgezogen
report-answer-changed = { $check }: { $answer }, von { $clinician } am { $date }
report-answers-changed = Nach dieser Abzeichnung geänderte Antworten (die Checkliste oben zeigt, was abgezeichnet wurde): { $items }.
report-not-signed = In ForceTrack noch nicht abgezeichnet.
report-sign-clinician = Behandler
report-sign-date = Datum
report-sign-signature = Unterschrift

## Report: each page's footer and the PDF's properties (drawn by draw.rs)

report-pdf-title = ForceTrack-Bericht: { $name }, { $date }
report-footer = { $name } · Termin vom { $date } · erstellt mit ForceTrack am { $made }
report-page-of = Seite { $page } von { $pages }

## Report: the CSV's text column (the column names and ids stay English)

report-csv-entered-by-hand = manuell eingegeben
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict }: { $criterion }; Schwelle { $threshold }
report-csv-criterion-optional = { $verdict } (optional): { $criterion }; Schwelle { $threshold }
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = zurückgezogen
report-csv-answer-changed = { $answer }, von { $clinician } am { $date }

## The Export screen

export-heading = Export
export-kind-visit-summary = Terminübersicht (eine Zeile je Test und Seite)
export-kind-history = Athletenverlauf (eine Zeile je Termin und Test)
export-kind-traces = Rohkurven (eine CSV-Datei je Versuch)
export-kind-all = Alles (alle Tabellen und Kurven, für Forschung oder einen anderen Computer)
export-athlete = Athlet: { $name }
export-open-athlete-first = Öffnen Sie zuerst einen Athleten (oder exportieren Sie alles).
export-all-visits = alle Termine
export-visit = Termin
export-separator = Trennzeichen
export-separator-comma = Komma
export-separator-semicolon = Semikolon
export-separator-tab = Tabulator
export-decimal-comma = Dezimalkomma (1,5)
export-decimal-comma-needs-separator = Ein Dezimalkomma erfordert ein anderes Trennzeichen: Wählen Sie Semikolon oder Tabulator
export-bom = Excel (UTF-8 mit BOM)
export-bom-tip = Beginnt die Datei mit einer Byte-Order-Mark (BOM), damit Excel Namen in jeder Schrift richtig liest. Für die Terminübersicht und den Athletenverlauf.
export-no-visits = Dieser Athlet hat noch keine Termine.
export-button = Exportieren…
export-visits-not-read = Die Termine konnten nicht gelesen werden: { $error }
export-cannot-create = { $path } kann nicht angelegt werden: { $error }
export-choose-visit = Termin wählen
export-open-athlete = zuerst einen Athleten öffnen
export-wrote-rows =
    { $rows ->
        [one] { $rows } Zeile nach { $path } geschrieben
       *[other] { $rows } Zeilen nach { $path } geschrieben
    }
export-wrote-traces =
    { $files ->
        [one] { $files } Kurvendatei nach { $path } geschrieben
       *[other] { $files } Kurvendateien nach { $path } geschrieben
    }
export-exported-all = { $athletes }, { $visits } und { $trials } nach { $path } exportiert
export-count-athletes =
    { $count ->
        [one] { $count } Athlet
       *[other] { $count } Athleten
    }
export-count-visits =
    { $count ->
        [one] { $count } Termin
       *[other] { $count } Termine
    }
export-count-trials =
    { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } Versuch ausgelassen, beschädigt: { $list }
       *[other] { $count } Versuche ausgelassen, beschädigt: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } Zeile ausgelassen, beschädigt: { $list }
       *[other] { $count } Zeilen ausgelassen, beschädigt: { $list }
    }

## The report's choices (beside the report's buttons)

export-report-language = Berichtssprache
export-report-language-tip = Der Bericht wird in dieser Sprache erstellt, unabhängig von der Sprache der App.

## Report: text no font on this computer can print
# $place steht im Dativ („in dem Namen …“), daher die report-place-* Texte im Dativ.
report-unprintable = Der Bericht kann nicht gedruckt werden: Keine Schrift auf diesem Computer enthält das Zeichen „{ $char }“ ({ $code }) in { $place } (installieren Sie eine Schrift, die es enthält: unter Debian und Ubuntu fonts-noto-core und fonts-noto-cjk; oder ändern Sie den Text)
report-place-athlete = dem Namen des Athleten „{ $name }“
report-place-clinician = dem Namen des Behandlers „{ $name }“
report-place-signer = dem Namen des abzeichnenden Behandlers „{ $name }“
report-place-page = „{ $text }“ auf Seite { $page }

## Built-in data: tests, batteries, device profiles, and the words of the model
# Anweisungen (-cue) an die Athleten in der Sie-Form, wie im Rest der App; eine Praxis, die
# ihre Athleten duzt, kann eigene Tests mit eigenen Texten anlegen.
# -lever-arm: eine Messstrecke als Nominalphrase („Kniegelenkspalt bis Mitte des Polsters“),
# angezeigt als „Messstrecke: …“ (run-lever-arm-tip).

## Built-in tests

## Test: Nordic hamstring exercise

test-nordic-name = Nordic Hamstring Exercise
test-nordic-position = Kniestand auf dem gepolsterten Brett, Sprunggelenke in den Fixierungen über den Kraftmessdosen, Hüfte gestreckt, Arme verschränkt oder bereit, den Fall abzufangen.
test-nordic-cue = Lehnen Sie sich so langsam wie möglich nach vorn, halten Sie die Hüfte gestreckt und bremsen Sie bis ganz nach unten ab.
test-nordic-lever-arm = Kniegelenkspalt bis Mitte des Knöchelgurts
test-nordic-notes = Exzentrisch, beide Beine gleichzeitig; Bestwert aus 3 je Bein.
test-nordic-threshold-1 = Risiko, Beginn der Saisonvorbereitung
test-nordic-threshold-2 = Risiko, Ende der Saisonvorbereitung
test-nordic-threshold-3 = Risiko (Fußball)
test-nordic-norm-1 = Erwartet je Bein ≈ 4 × Körpermasse + 26

## Test: Isometric knee flexion 90/90

test-knee-flexion-iso-90-name = Isometrische Knieflexion 90/90
test-knee-flexion-iso-90-position = Rückenlage, Hüfte und Knie in 90°, Ferse auf dem Polster des Dynamometers (oder des Messrahmens) am distalen Unterschenkel.
test-knee-flexion-iso-90-cue = Ziehen Sie die Ferse so fest wie möglich nach unten in das Polster, steigern Sie die Kraft über eine Sekunde und halten Sie.
test-knee-flexion-iso-90-lever-arm = Kniegelenkspalt bis Mitte des Polsters
test-knee-flexion-iso-90-notes = Make-Test, 3 × 3-5 s halten, 30 s Pause, Bestwert.

## Test: Isometric knee flexion, prone 0-30°

test-knee-flexion-iso-30-name = Isometrische Knieflexion, Bauchlage 0-30°
test-knee-flexion-iso-30-position = Bauchlage, Knie 0-30° gebeugt (15° wie bei Reurink 2016), Polster an der Ferse.
test-knee-flexion-iso-30-cue = Beugen Sie das Knie so fest wie möglich gegen das Polster und halten Sie.
test-knee-flexion-iso-30-lever-arm = Kniegelenkspalt bis Mitte des Polsters
test-knee-flexion-iso-30-notes = Test im endgradigen Bereich nach Hamstring-Verletzung (Reurink et al. 2016 testeten bei 15°).

## Test: Isometric posterior chain 90/20

test-ipc-90-20-name = Isometrische posteriore Kette 90/20
test-ipc-90-20-position = Rückenlage, Ferse auf der Kraftmessplatte auf einer Box, Hüfte in 90°, Knie in 20°; das andere Bein entspannt.
test-ipc-90-20-cue = Drücken Sie die Ferse so fest und schnell wie möglich in die Platte und halten Sie 3 Sekunden.
test-ipc-90-20-lever-arm = Hüftgelenkzentrum bis Fersenkontakt
test-ipc-90-20-notes = Einbeinig, 3 × 3 s, Bestwert.

## Test: Isometric hip extension

test-hip-extension-iso-name = Isometrische Hüftextension
test-hip-extension-iso-position = Bauchlage, Knie 90° gebeugt, Dynamometer an der Oberschenkelrückseite knapp oberhalb des Knies.
test-hip-extension-iso-cue = Heben Sie den Oberschenkel so fest wie möglich gegen meine Hand und halten Sie.
test-hip-extension-iso-lever-arm = Trochanter major bis Mitte des Dynamometers
test-hip-extension-iso-notes = Gluteus maximus; Bestwert aus 3.

## Test: Isometric hip abduction

test-hip-abduction-iso-name = Isometrische Hüftabduktion
test-hip-abduction-iso-position = Rückenlage (oder Seitenlage), Bein gestreckt, Dynamometer 5 cm oberhalb des Malleolus lateralis.
test-hip-abduction-iso-cue = Drücken Sie das Bein so fest wie möglich zur Seite gegen meine Hand und halten Sie.
test-hip-abduction-iso-lever-arm = Spina iliaca anterior superior bis Mitte des Dynamometers
test-hip-abduction-iso-notes = Gluteus medius; Bestwert aus 3.
test-hip-abduction-iso-norm-1 = Profifußball (exzentrisch)

## Test: Isometric hip adduction

test-hip-adduction-iso-name = Isometrische Hüftadduktion
test-hip-adduction-iso-position = Rückenlage, Bein gestreckt, Dynamometer 5 cm oberhalb des Malleolus medialis.
test-hip-adduction-iso-cue = Drücken Sie das Bein so fest wie möglich nach innen zum anderen Bein und halten Sie.
test-hip-adduction-iso-lever-arm = Spina iliaca anterior superior bis Mitte des Dynamometers
test-hip-adduction-iso-notes = Bestwert aus 3.
test-hip-adduction-iso-norm-1 = Verhältnis Adduktion : Abduktion

## Test: Isometric knee extension 90/90

test-knee-extension-iso-90-name = Isometrische Knieextension 90/90
test-knee-extension-iso-90-position = Sitzend, Hüfte und Knie in 90°, Dynamometer mit einem Gurt fixiert (oder Messrahmen) am distalen Unterschenkel, knapp oberhalb des Sprunggelenks.
test-knee-extension-iso-90-cue = Drücken Sie das Schienbein so fest wie möglich nach vorn gegen das Polster, steigern Sie die Kraft über eine Sekunde und halten Sie.
test-knee-extension-iso-90-lever-arm = Kniegelenkspalt bis Mitte des Polsters am distalen Unterschenkel
test-knee-extension-iso-90-notes = Make-Test, 3 × 3-5 s halten, 30 s Pause, Bestwert. Für das Hamstring-Quadrizeps-Verhältnis (H:Q) mit der isometrischen Knieflexion 90/90 (Maniar et al. 2016: H:Q-Defizite bestehen über den Return to Play hinaus fort).

## Test: Knee flexion break test

test-knee-flexion-break-name = Break-Test Knieflexion
test-knee-flexion-break-position = Bauchlage, Knie in 90°, Dynamometer an der Ferse.
test-knee-flexion-break-cue = Halten Sie das Knie gegen meinen Widerstand gebeugt; lassen Sie nicht zu, dass ich es strecke.
test-knee-flexion-break-lever-arm = Kniegelenkspalt bis Mitte des Dynamometers
test-knee-flexion-break-notes = Break-Tests messen 16-51 % höher als Make-Tests: beide nie miteinander vergleichen.

## Test: Single-leg hamstring bridge

test-single-leg-bridge-name = Single-Leg-Hamstring-Bridge
test-single-leg-bridge-position = Rückenlage, Ferse des Testbeins auf einer 60-cm-Box, Knie leicht gebeugt, anderes Bein senkrecht, Arme verschränkt.
test-single-leg-bridge-cue = Drücken Sie die Ferse nach unten und heben Sie bei jeder Wiederholung das Becken vollständig an, bis Sie nicht mehr können.
test-single-leg-bridge-lever-arm = nicht zutreffend
test-single-leg-bridge-notes = Wiederholungen bis zur Erschöpfung, ein Satz je Seite: unter etwa 20 schwach, etwa 25 durchschnittlich, über 30 gut.
test-single-leg-bridge-threshold-1 = Schwach
test-single-leg-bridge-threshold-2 = Gut
test-single-leg-bridge-norm-1 = Durchschnitt

## Built-in batteries (ordered sets of tests done in one session)

battery-hamstring-strain-name = Hamstring-Muskelverletzung
battery-proximal-hamstring-tendinopathy-name = Proximale Hamstring-Tendinopathie
battery-glute-hip-name = Gluteal / Hüfte

## Body regions a test belongs to

region-hamstring = Hamstrings
region-glute-hip = Gluteal / Hüfte
region-quadriceps = Quadrizeps

## What instrument a test is done with

device-kind-hhd = Handdynamometer
device-kind-hhd-or-fixed-frame = Handdynamometer oder Messrahmen
device-kind-dual-load-cell = zwei Kraftmessdosen (Nordic-Gestell)
device-kind-force-plate = Kraftmessplatte
device-kind-none = keines (Anzahl eingegeben)

## The kind of instrument a trial was measured with (results of different kinds are not compared)
# Substantive ohne Adjektiv, damit sie nach „mit“ unverändert passen.

device-kind-instrument-handheld = Handdynamometer
device-kind-instrument-fixed-frame = Messrahmen
device-kind-instrument-load-cell-rig = Kraftmessdosen-Gestell
device-kind-instrument-force-plate = Kraftmessplatte

## Types of muscle action

contraction-isometric = isometrisch
contraction-eccentric = exzentrisch
contraction-eccentric-break = exzentrisch (Break)
contraction-endurance = Kraftausdauer

## Numbers read off a rep's force curve, beyond its peak force

test-metric-time-to-peak = Zeit bis Spitzenkraft
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Bester 1-s-Mittelwert

## Sides (legs)

side-left = links
side-right = rechts
side-both = beide
side-left-letter = L
side-right-letter = R
side-both-letter = L+R

## An athlete's sex as recorded on the profile

model-sex-female = weiblich
model-sex-male = männlich
model-sex-other = divers

## Injuries

model-injury-hamstring-strain = Hamstring-Muskelverletzung
model-injury-proximal-hamstring-tendinopathy = Proximale Hamstring-Tendinopathie
model-injury-distal-hamstring-tendinopathy = Distale Hamstring-Tendinopathie
model-injury-gluteal-tendinopathy = Gluteale Tendinopathie
model-injury-other = Sonstige
model-location-bf-long-head = M. biceps femoris, Caput longum
model-location-bf-short-head = M. biceps femoris, Caput breve
model-location-semitendinosus = M. semitendinosus
model-location-semimembranosus = M. semimembranosus
model-location-tendon = Sehne
model-injury-grade = Grad { $grade }

## A clinician's sign-off of a return-to-sport evaluation

model-signoff-status-all-pass = alle erfüllt
model-signoff-status-not-yet = noch nicht
model-signoff-status-incomplete = unvollständig
model-signoff-status-override = abweichend freigegeben, entgegen der Auswertung
model-signoff-override-reason = Begründung der abweichenden Freigabe: { $note }
model-signoff-note = Notiz: { $note }

## Built-in device profiles
# Produktnamen, Gerätebefehle (?C, LIST, ?, D, v, UNITS), Profileinstellungen (serial.baud, …)
# und Menü-/Formatnamen (Numeric Only) bleiben wie im Original.

profile-mark10-name = Mark-10 Series 5/7 Kraftmessgerät
profile-mark10-notes = Abfrage mit ?C bei 50 Hz; die Einheit wird beim Verbinden vom Messgerät gelesen (LIST). Stellen Sie das Messgerät auf 115200 Baud (oder ändern Sie serial.baud) und verlassen Sie sein Menü (es antwortet nur im Hauptbildschirm). Zug wird negativ angezeigt.
profile-mark10-hint-1 = dies scheint ein Mark-10 Series 4 Messgerät zu sein, das nur '?' kennt und andere Befehle mit *10 beantwortet
profile-mark10-hint-2 = dies scheint ein Mark-10 Series 4 Messgerät zu sein, das nur '?' kennt und andere Befehle mit *10 beantwortet
profile-mark10-series4-name = Mark-10 Series 4 Kraftmessgerät
profile-mark10-series4-notes = Abfrage mit ? bei 20 Hz. Das Messgerät muss seine Einheit senden (Datenformat mit Einheiten, nicht Numeric Only). Es hat keinen Nullstellbefehl: ForceTrack tariert per Software. Zug wird negativ angezeigt.
profile-chronojump-force-sensor-name = Chronojump-Kraftsensor (Arduino + HX711)
profile-chronojump-force-sensor-notes = Die Platine startet beim Öffnen des Ports neu: ForceTrack wartet vor dem Handshake 3 s. Jeder Befehl wird etwa 1 s nach dem Senden beantwortet.
profile-chronojump-force-platform-name = Chronojump-Kraftmessplatte, 4 Kraftmessdosen (binär)
profile-chronojump-force-platform-notes = Rohwerte mal parse.fields.scale ergeben Newton: Die Firmware sendet ihre Kalibrierung nicht, kalibrieren Sie daher den Skalenfaktor jeder Zelle für Ihre Platte. Jeder Befehl wird etwa 1 s nach dem Senden beantwortet.
profile-openscale-name = SparkFun OpenScale (Firmware 1.2)
profile-openscale-notes = Sendet ab dem Einschalten; die Platine startet beim Öffnen des Ports neu (etwa 1.5 s Pause). Tarieren Sie über das Menü der Platine oder lassen Sie ForceTrack per Software tarieren. Zeilenformat der Firmware 1.2.
profile-loadstar-di1000u-name = Loadstar DI-1000U Kraftmessdosen-Interface
profile-loadstar-di1000u-notes = Hochgeschwindigkeitsmodelle benötigen eventuell 230400 Baud. Die Einheit stammt aus der Antwort auf UNITS; eine unbekannte Einheit beendet die Verbindung unter Nennung ihres Namens.
profile-imada-dst-name = Imada DST/DSV Kraftmessgerät
profile-imada-dst-notes = Abfrage mit D bei 20 Hz. USB-Modelle: serial.baud = 256000 und serial.flow_control = "hardware" setzen.
profile-nextech-dfs-name = Nextech DFS/DFT Kraftmessgerät
profile-nextech-dfs-notes = Abfrage mit v bei 20 Hz. Nicht bestätigt: Das Antwortformat ist nicht veröffentlicht; prüfen Sie die Messwerte mit einem bekannten Gewicht.
profile-generic-1ch-name = Generischer 1-Kanal-CSV-Datenstrom (time_us,force)
profile-generic-1ch-notes = Zeilen `time_us,force` in Newton; Zeilen, die mit # beginnen, werden ignoriert.
profile-generic-2ch-name = Generischer 2-Kanal-CSV-Datenstrom (time_us,left,right)
profile-generic-2ch-notes = Zeilen `time_us,left,right` in Newton; Zeilen, die mit # beginnen, werden ignoriert.
profile-dual-force-plate-name = Doppel-Kraftmessplatte, 4 Kraftmessdosen je Platte
profile-dual-force-plate-notes = Bis zu 2000 Abtastwerte/s; 2000000 Baud (USB-CDC-Platinen ignorieren die Baudrate).
profile-demo-dynamometer-name = Demo-Dynamometer
profile-demo-dynamometer-notes = Ein simulierter Athlet; keine Hardware nötig.
profile-demo-nordic-rig-name = Demo-Nordic-Gestell
profile-demo-nordic-rig-notes = Ein simulierter Athlet; keine Hardware nötig.
profile-demo-force-plate-name = Demo-Kraftmessplatte
profile-demo-force-plate-notes = Ein simulierter Athlet; keine Hardware nötig.

profile-hint-choose = { $hint }: Wählen Sie das Profil „{ $profile }“ statt „{ $current }“

## Problems with typed values, shown beside a form's field (and said by the command line)

problem-given-name-needed = ein Vorname wird benötigt
problem-family-name-needed = ein Nachname wird benötigt
problem-name-control-character = der Name enthält das Steuerzeichen { $code }
problem-name-empty = der Name ist leer
problem-name-invisible = der Name hat kein sichtbares Zeichen (nur { $codes })
problem-date-in-future = { $date } liegt in der Zukunft
problem-date-before-year = { $date } liegt vor { $year }
problem-date-before-birth = { $date } liegt vor dem Geburtsdatum
problem-cleared-before-injury = das Freigabedatum { $cleared } liegt vor dem Verletzungsdatum { $injury }
problem-dominant-leg = das dominante Bein ist links oder rechts
problem-body-mass = { $mass } kg ist keine plausible Körpermasse (zwischen { $min } und { $max } kg)
problem-lever-arm = ein Hebelarm von { $value } m ist nicht plausibel (über 0, höchstens 2 m)
problem-peak-force = { $value } { $unit } ist keine Spitzenkraft (über 0, höchstens { $max })
problem-recording-force = eine Kraft von { $value } N liegt außerhalb des Messbereichs jedes Geräts (höchstens { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } Abtastwert über { $duration } s ist
       *[other] { $samples } Abtastwerte über { $duration } s sind
    } zu kurz für die Analyse: Eine Aufzeichnung braucht mindestens { $min_samples } Abtastwerte über { $min_duration } s (ihre ersten { $baseline } s sind die Baseline)
problem-not-a-date = „{ $text }“ ist kein Datum: Geben Sie es als { $hint } ein, z. B. { $example }
problem-not-a-number = „{ $text }“ ist keine Zahl: Geben Sie eine ein, z. B. { $example }


## Built-in tests: where each MDC95 default comes from

test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (isometrische Knieflexion, fixiertes HHD: MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (isometrische Knieflexion, fixiertes HHD: MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (Hüftextension mit HHD: Variation zwischen den Sitzungen < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (Hüftabduktion mit HHD: Variation zwischen den Sitzungen < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (Hüftadduktion mit HHD: Variation zwischen den Sitzungen < 5-6 %)


## Analysis: asymmetry, metrics, quality flags, results typed in by hand
## Asymmetry formulas (a clinic setting; named in results, history, settings and the report)

asym-formula-percent-difference = Prozentuale Differenz
# Der Name bleibt englisch, wie in der deutschsprachigen Literatur („Limb Symmetry Index, LSI“).
asym-formula-lsi = Limb Symmetry Index
asym-formula-symmetry-index = Symmetrieindex
asym-formula-symmetry-angle = Symmetriewinkel
asym-formula-ratio = Verhältnis R/L

asym-definition-percent-difference = (stärkere - schwächere) / stärkere × 100, mit der schwächeren Seite
asym-definition-lsi = betroffen / nicht betroffen × 100 (schwächer / stärker ohne verletzte Seite)
asym-definition-symmetry-index = (R - L) / ({ $half } (R + L)) × 100
asym-definition-symmetry-angle = (45° - atan(L/R)) / 90° × 100
asym-definition-ratio = R / L

asym-source-lsi = Limb Symmetry Index (RTS-Kriterien werden darin angegeben)
asym-source-ratio = rechts / links

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Asymmetry values

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } stärker)

## Where the asymmetry bands come from
# RR = relatives Risiko (auch im Deutschen so abgekürzt).

asym-bands-source-nordic = { $source }: Nordic-Seitendifferenz >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (Rugby Union)
asym-bands-source-all-tests = nur für den Nordic publiziert ({ $source }: Seitendifferenz >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, Rugby Union); für andere Tests sind dieselben Bereiche eine Konvention
asym-bands-source-other-test = kein publizierter Risikobereich für diesen Test: Die Bereiche sind eine Konvention (übernommen von der Nordic-Seitendifferenz, { $source })

## Metrics of a rep

analysis-metric-peak-force = Spitzenkraft
analysis-metric-time-to-peak = Zeit bis Spitzenkraft
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = Maximale RFD
analysis-metric-impulse = Kraftstoß
analysis-metric-best-1s-mean-force = Beste mittlere Kraft über 1 s

## What a rep's quality flag means (a tooltip beside the flag's few words)

flag-explain-noisy-baseline = Rauschen der Baseline über 5 % der Spitzenkraft
flag-explain-not-sustained = mittlere Kraft unter 75 % der Spitzenkraft: Die Kraft wurde nicht gehalten
flag-explain-clipped = 3 oder mehr Abtastwerte am Gerätemaximum: Die Spitzenkraft kann abgeschnitten sein
flag-explain-poor-fit = Fehler des Exponentialmodells über 5 % der mittleren Kraft
flag-explain-fit-failed = der Anstieg folgt keinem Exponentialmodell
flag-explain-baseline-from-trial-start = keine ruhigen { $window } s vor dem Anstieg: Als Baseline dienen die ersten { $window } s des Versuchs
flag-explain-low-sample-rate = Abtastrate unter 200 Hz: RFD 0-50 ms und maximale RFD umfassen nur wenige Abtastwerte und sind ungenau

## Results typed in by hand: what keeps them from being saved

entered-no-such-test = kein Test „{ $test }“ in der Testbibliothek
entered-count-test = { $test } wird über die Anzahl Wiederholungen gemessen, nicht über die Spitzenkraft
entered-one-leg-at-a-time = { $test } wird einbeinig getestet: Geben Sie jedes Bein einzeln ein (links oder rechts)
# „both“ ist der Name der Seite in der Kommandozeile: unverändert.
entered-right-peaks-one-leg = Spitzenwerte für das rechte Bein gibt es nur bei einem Test beider Beine gleichzeitig (Seite both)
entered-device-not-named = das Gerät ist nicht benannt
entered-device-name-control-character = der Gerätename enthält das Steuerzeichen { $code }
entered-device-name-empty = der Gerätename ist leer
entered-device-name-invisible = der Gerätename hat kein sichtbares Zeichen (nur { $codes })
entered-device-name-too-long = { $max ->
        [one] der Gerätename ist länger als { $max } Zeichen
       *[other] der Gerätename ist länger als { $max } Zeichen
    }
entered-no-peak-left = keine Spitzenkraft für das linke Bein eingegeben
entered-no-peak-right = keine Spitzenkraft für das rechte Bein eingegeben
entered-no-peak = keine Spitzenkraft eingegeben
entered-pain-range = Schmerz wird auf einer Skala von 0-10 angegeben
entered-date-in-future = das Datum { $date } liegt in der Zukunft
entered-date-before-year = das Datum { $date } liegt vor { $year }

## Device and acquisition: the link's state, what the device said, missing readings, the
## recording's journal, serial ports and device profiles, the demo devices
# Gerätebefehle stehen wie im Englischen in '…' (technische Literale); Profil-IDs in „…“.

## The link's state (the pill in the status bar and the device panel)

link-state-connecting = verbindet
link-state-connected = verbunden
link-state-streaming = empfängt Daten
link-state-disconnected = getrennt: { $reason }
link-state-reconnecting = verbindet erneut (Versuch { $attempt }, in { $seconds } s)
link-state-error = Fehler: { $reason }
link-state-closed = geschlossen

## Why the link to the device was lost

link-write-failed = Schreiben fehlgeschlagen: { $error }
link-read-failed = Lesen fehlgeschlagen: { $error }
link-port-closed = der Port wurde geschlossen

## Lines from the device that were not samples (the status bar's hover)

link-rejected = { $reason }: { $text }
link-rejected-garbage = unbekannte Zeile
link-rejected-overlong = Zeile zu lang
link-rejected-unknown-unit = unbekannte Einheit
link-rejected-not-text = kein Text
link-rejected-bad-frame = Bytes außerhalb eines Frames
link-rejected-incomplete = unvollständig am Ende des Datenstroms
link-rejected-no-unit = Wert ohne Einheit
link-rejected-time-jump = Gerätezeit gesprungen
link-rejected-time-ahead = eine Zeit { $seconds } s vor dem Datenstrom, dann zurück
link-rejected-time-jumped = Zeit { $time } sprang um { $step } s

## The device session: commands the device did not answer, or refused

device-session-no-reply-within = keine Antwort auf '{ $command }' innerhalb von { $seconds } s (erwartet: { $expected })
device-session-no-data-within = keine Daten innerhalb von { $seconds } s
device-session-no-data-for = seit { $seconds } s keine Daten
device-session-refused = das Gerät hat '{ $command }' abgelehnt: { $error }
device-session-refused-hint = das Gerät hat '{ $command }' abgelehnt: { $error }; { $hint }
device-session-meaning-hint = { $meaning }; { $hint }
device-session-unit-refused = das Gerät meldet seine Einheit als '{ $unit }', die das Profil „{ $profile }“ nicht aufführt

## The connected device (the device panel: tare, the device's messages)

acq-tared-by-device = vom Gerät tariert
acq-tared-in-software = per Software tariert (das Gerät hat keinen Tarierbefehl)
acq-not-tared = nicht tariert: noch keine Messwerte zum Tarieren
acq-device-error = Gerätefehler { $code }
acq-device-error-meaning = Gerätefehler { $code }: { $meaning }
acq-no-reply = keine Antwort auf '{ $command }'
acq-device-lost-at = { $state } bei { $seconds } s

## The journal: a recording's samples kept in the database while it is made (the status bar's
## hover, and a trial that could not be saved)

acq-journal-cannot-open = das Journal kann nicht geöffnet werden: { $error }
acq-journal-database-not-opened = die Datenbank konnte nicht geöffnet werden
acq-journal-cannot-start = das Journal kann nicht gestartet werden: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } Abtastwert konnte in kein Journal geschrieben werden
       *[other] { $count } Abtastwerte konnten in kein Journal geschrieben werden
    }
acq-journal-cannot-discard = eine Aufzeichnung kann nicht verworfen werden: { $error }
acq-journal-write-failed = Schreiben ins Journal fehlgeschlagen: { $error }
acq-journal-not-in-journal = diese Aufzeichnung ist nicht im Journal
acq-journal-cannot-save = der Versuch kann nicht gespeichert werden: { $error }

## Readings the device sent that are missing (the status bar's hover, a trial's notes)

readings-missing =
    { $count ->
        [one] { $number } vom Gerät gesendeter Messwert fehlt: { $basis }
       *[other] { $number } vom Gerät gesendete Messwerte fehlen: { $basis }
    }
readings-missing-about =
    { $count ->
        [one] etwa { $number } vom Gerät gesendeter Messwert fehlt: { $basis }
       *[other] etwa { $number } vom Gerät gesendete Messwerte fehlen: { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] die Uhr des Geräts zeigt Lücken von insgesamt { $seconds } s, in denen { $number } Messwert fällig war
       *[other] die Uhr des Geräts zeigt Lücken von insgesamt { $seconds } s, in denen { $number } Messwerte fällig waren
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } beschädigte Zeile, wo Messwerte fällig waren
       *[other] { $number } beschädigte Zeilen, wo Messwerte fällig waren
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } dekodiert, aber nicht rechtzeitig weitergegeben
       *[other] { $number } dekodiert, aber nicht rechtzeitig weitergegeben
    }
readings-basis-join = { $first }; { $next }

## Serial ports and device profiles (the device panel, Settings)

port-info-cannot-list = serielle Ports können nicht aufgelistet werden: { $error }
port-info-profiles-share-usb-id = { $port }: Die Profile { $profiles } passen alle zu seiner USB-ID { $usb }; „{ $first }“ wird zuerst angeboten (das zuerst aufgeführte): Wählen Sie das Profil des angeschlossenen Geräts
port-info-profile-shadowed = Profil „{ $id }“: { $used } wird verwendet, nicht { $unused } ({ $why })
port-info-built-in-profile = das integrierte Profil „{ $name }“
port-info-shadowed-demo = die Demo-Geräte verwenden immer ihre integrierten Profile: Geben Sie diesem eine andere ID
port-info-shadowed-replaces-built-in = ein Profil in einem Geräteordner ersetzt das integrierte Profil mit derselben ID
port-info-shadowed-same-folder = zwei Dateien in einem Ordner haben diese ID; verwendet wird die nach Dateiname letzte: Geben Sie einer davon eine andere ID
port-info-shadowed-read-after = { $later } wird nach { $earlier } gelesen
port-info-hint-profile-missing = Profil „{ $id }“: Ein Hinweis nennt das Profil „{ $profile }“, das nicht geladen ist
port-info-usb-id-claimed = USB-ID { $usb } wird beansprucht von { $profiles }: Ein Port mit dieser ID bietet zuerst „{ $first }“ an; wählen Sie das Profil des angeschlossenen Geräts
port-info-and = { $list } und { $next }

## The demo devices

demo-device-no-profile = kein mitgeliefertes Profil devices/{ $file }
demo-device-cannot-start = das Demo-Gerät konnte nicht starten: { $error }
demo-device-failed = das Demo-Gerät ist ausgefallen

## The clinic's record: what a save refused, a row that cannot be read, a database or a clinic
## server that cannot be used says on screen, and a few small pieces of the app (the athlete
## list's return-to-sport column)
# Kleingeschrieben am Anfang, weil diese Sätze meist nach eigenen Worten des Bildschirms stehen
# („Nicht gespeichert: …“). Technische Details ($detail) kommen auf Englisch.

## What a visit holds

store-trials = { $count ->
    [0] keine Versuche
    [one] { $count } Versuch: { $tests }
   *[other] { $count } Versuche: { $tests }
}

## A save refused: someone changed the same record meanwhile
# Formuliert ohne Pronomen („seit Sie das Formular geöffnet haben“), da die Datensätze
# verschiedene Genera haben.

conflict-changed-by-at =
    nicht gespeichert: { $what ->
        [athlete] Dieser Athlet
        [injury-episode] Diese Verletzungsepisode
        [visit] Dieser Termin
        [setting] Diese Einstellung
        [clearance-template] Diese Freigabevorlage
       *[other] Dieser Datensatz
    } wurde von { $login } am { $when } geändert, seit Sie das Formular geöffnet haben. Ihre Eingaben bleiben hier erhalten; sehen Sie sich die Änderung an (abbrechen, dann erneut öffnen) und nehmen Sie Ihre Änderung erneut vor
conflict-changed-by =
    nicht gespeichert: { $what ->
        [athlete] Dieser Athlet
        [injury-episode] Diese Verletzungsepisode
        [visit] Dieser Termin
        [setting] Diese Einstellung
        [clearance-template] Diese Freigabevorlage
       *[other] Dieser Datensatz
    } wurde von { $login } geändert, seit Sie das Formular geöffnet haben. Ihre Eingaben bleiben hier erhalten; sehen Sie sich die Änderung an (abbrechen, dann erneut öffnen) und nehmen Sie Ihre Änderung erneut vor
conflict-changed-at =
    nicht gespeichert: { $what ->
        [athlete] Dieser Athlet
        [injury-episode] Diese Verletzungsepisode
        [visit] Dieser Termin
        [setting] Diese Einstellung
        [clearance-template] Diese Freigabevorlage
       *[other] Dieser Datensatz
    } wurde am { $when } von jemand anderem geändert, seit Sie das Formular geöffnet haben. Ihre Eingaben bleiben hier erhalten; sehen Sie sich die Änderung an (abbrechen, dann erneut öffnen) und nehmen Sie Ihre Änderung erneut vor
conflict-changed =
    nicht gespeichert: { $what ->
        [athlete] Dieser Athlet
        [injury-episode] Diese Verletzungsepisode
        [visit] Dieser Termin
        [setting] Diese Einstellung
        [clearance-template] Diese Freigabevorlage
       *[other] Dieser Datensatz
    } wurde von jemand anderem geändert, seit Sie das Formular geöffnet haben. Ihre Eingaben bleiben hier erhalten; sehen Sie sich die Änderung an (abbrechen, dann erneut öffnen) und nehmen Sie Ihre Änderung erneut vor

## The clinic's database cannot be used, or a row in it cannot be read

store-error-data-dir = der Datenordner { $path } kann nicht angelegt werden: { $detail }
store-error-open = die Datenbank { $path } kann nicht geöffnet werden: { $detail }
store-error-damaged = die Datenbank { $path } ist beschädigt ({ $detail }). Kopieren Sie sie an einen sicheren Ort und stellen Sie dann die neueste Sicherung aus { $backups } wieder her
store-error-too-new = die Datenbank { $path } wurde von einem neueren ForceTrack geschrieben (Schema { $found }; dieses Programm kennt bis { $known })
store-error-backup = die Datenbank kann nicht nach { $path } gesichert werden: { $detail }
store-error-not-found = { $what ->
        [athlete] Athlet
        [injury-episode] Verletzungsepisode
        [visit] Termin
        [deleted-visit] gelöschter Termin
        [trial] Versuch
        [journal-recording] Journal-Aufzeichnung
       *[other] Datensatz
    } { $id } existiert nicht
store-error-corrupt = gespeicherte Daten können nicht gelesen werden: { $detail }
store-error-damaged-samples = Versuch { $trial }: Seine gespeicherten Abtastwerte sind beschädigt ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] Athlet
        [injury-episode] Verletzungsepisode
        [visit] Termin
        [trial] Versuch
        [sign-off] Abzeichnung
        [manual-check-answer] Antwort auf manuelle Prüfung
        [setting] Einstellung
        [clinic-defined-test] praxiseigener Test
        [clinic-defined-battery] praxiseigene Testbatterie
        [clinic-defined-clearance-template] praxiseigene Freigabevorlage
       *[other] Zeile
    } { $id }: Die Zelle '{ $column }' ist ungültig ({ $detail })
store-damaged-trial = Versuch { $trial } (Athlet { $athlete }, Termin vom { $date }): Seine gespeicherten Abtastwerte sind beschädigt ({ $detail })
store-error-busy = Datenbankfehler: { $detail }
store-error-disk-full = Datenbankfehler: { $detail }
store-error-database = Datenbankfehler: { $detail }
store-error-server = Datenbankfehler: { $problem }
store-error-offline = Datenbankfehler: Der Praxisserver ist nicht erreichbar

## The clinic server: why this computer cannot use it
# Adressen, „postgresql://LOGIN@HOST/DATABASE“, „sslmode=…“, „?sslrootcert=FILE“, „~/.pgpass“,
# „PGPASSWORD“ und „TLS“ bleiben unverändert. Die Texte nach server-error-connection sind
# Satzreste mit dem Server als Subjekt („der Praxisserver X: hat die Verbindung abgelehnt“).

server-error-not-an-address = '{ $address }' ist keine Praxisserver-Adresse: Schreiben Sie sie als postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } ist unbekannt: Lassen Sie es weg (TLS, Zertifikat geprüft) oder schreiben Sie sslmode=disable
server-error-address-unreadable = die Praxisserver-Adresse '{ $address }' kann nicht gelesen werden: { $detail }
server-error-address-no-database = die Praxisserver-Adresse '{ $address }' nennt keine Datenbank
server-error-needs-ca-file = der Praxisserver { $host } läuft auf einem anderen Computer: Geben Sie seine CA-Zertifikatsdatei an (?sslrootcert=FILE in der Adresse), damit sein Zertifikat geprüft werden kann; nur eine Praxis, die TLS ausschaltet (sslmode=disable), kommt ohne aus
server-error-ca-file = die CA-Zertifikatsdatei des Servers { $file }: { $detail }
server-error-ca-file-empty = die CA-Zertifikatsdatei des Servers { $file }: Sie enthält kein Zertifikat
server-error-connection = der Praxisserver { $server }: { $problem }
server-error-wrong-password = falsches Passwort für diesen Login
server-error-login-refused = der Server lässt diesen Login nicht zu ({ $detail })
server-error-no-such-database = Datenbank existiert nicht ({ $detail })
server-error-not-allowed = dieser Login darf das nicht ({ $detail })
server-error-changed-meanwhile = eine andere Station hat im selben Moment dieselben Zeilen geändert; versuchen Sie es erneut
server-error-certificate = sein Zertifikat wurde nicht akzeptiert ({ $detail })
server-error-refused = hat die Verbindung abgelehnt (an dieser Adresse und diesem Port lauscht kein Datenbankserver)
server-error-no-answer = ist nicht erreichbar (keine Antwort innerhalb von 5 s)
server-error-no-such-host = ist nicht erreichbar (Host oder Socket existiert nicht)
server-error-unreachable = ist nicht erreichbar ({ $detail })
server-error-password-missing = verlangt ein Passwort: Tragen Sie es in die PostgreSQL-Passwortdatei (~/.pgpass) oder in PGPASSWORD ein
server-error-connection-lost = die Verbindung wurde unterbrochen
server-error-no-record = der Praxisserver { $server } hat noch keinen ForceTrack-Datenbestand: Legen Sie ihn einmalig mit `{ $command }` an (auf einer leeren Datenbank)
server-error-older = der Praxisserver { $server } hat Schemaversion { $found } und dieses ForceTrack verwendet { $known }: Der Server ist älter. Schließen Sie ForceTrack auf allen Stationen, aktualisieren Sie den Server einmalig mit `{ $command }` und aktualisieren Sie die anderen Stationen
server-error-newer = der Praxisserver { $server } hat Schemaversion { $found }, neuer als { $known } dieses ForceTrack: Er wurde von einem neueren ForceTrack aktualisiert. Installieren Sie diese Version auf dieser Station

## The athlete list's return-to-sport column

clinic-rts-status = { $status ->
        [not_yet] ✖ noch nicht
        [incomplete] ⚠ unvollständig
       *[other] ✔ alle Kriterien erfüllt
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] Wdh.
       *[other] Wdh.
    }
