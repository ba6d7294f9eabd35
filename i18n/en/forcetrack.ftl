# ForceTrack: the words a clinician reads, in English (the source catalogue).
#
# Every other language has exactly these message ids with the same variables
# (tests/catalogues.rs). Sections follow the screens. Numbers and dates arrive
# already formatted (decimal separator and date order are settings of their own),
# except counts, which select plural forms.

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

# Shown when prefs.json could not be read; $detail is the file and the technical reason.
app-prefs-ignored = preferences ignored ({ $detail })
app-prefs-cannot-create-folder = cannot create { $folder }: { $error }
app-prefs-cannot-write = cannot write { $file }: { $error }
app-prefs-cannot-save = cannot save preferences: { $error }
# $error: why the address written in Settings cannot be read (technical, may stay English).
app-server-setting-not-used = The clinic server in Settings is not used: { $error }
# $reason: what happened to the device (e.g. it was unplugged).
app-device-lost-recording-kept = { $reason }: the recording up to then is kept
app-recording-max-length = The recording reached its maximum length and stopped.
app-opening-demo = Opening the demo clinic…
app-opening-clinic = Opening the clinic…
# $folder: the clinic's data folder.
app-opening-detail = { $folder }: checking and, if needed, upgrading the database
app-stop-recording-before-switching = Stop the recording before switching clinics: it is saved into this one.
# $device: the device's name, e.g. "Demo dynamometer".
app-device-stays-connected = { $device } stays connected.
app-demo-not-made = The demo clinic could not be made: { $error }
# $list: the damaged trials, technical, separated by semicolons.
app-damaged-samples = The database check found damaged samples, left out of every result: { $list }. Restore a backup to get them back.
# $list: the rows that cannot be read, technical, separated by semicolons.
app-rows-left-out = Stored rows that cannot be read, left out of every list and result: { $list }. Restore a backup to get them back.

## The athlete list's return-to-sport hover: the required criteria that do not pass

# $criterion: the criterion's name; $needs: its threshold ("LSI (best) ≥ 90 %").
app-criterion-fail = ✖ fail: { $criterion } (needs { $needs })
# $value: the athlete's reading ("LSI 84.2 %").
app-criterion-fail-value = ✖ fail: { $criterion }: { $value } (needs { $needs })
app-criterion-no-data = ? no data: { $criterion } (needs { $needs })
# A test whose latest asymmetry is in the red band: "Nordic hamstring exercise 2026-10-05: asymmetry 19.7 % (red)".
app-red-band = { $test } { $date }: asymmetry { $asymmetry } (red)

## The top bar

nav-athletes = Athletes
nav-athletes-tip = all athletes
# Shown in place of an athlete's name while it is not known.
nav-athlete = Athlete
nav-athlete-tip = the athlete's profile, injuries and visits
nav-test = Test
nav-test-tip = run a test session
nav-history = History
nav-history-tip = progress over visits and recorded curves
# The return-to-sport checklist.
nav-clearance = Clearance
nav-clearance-tip = return-to-sport checklist
nav-export = Export
nav-export-tip = CSV for spreadsheets and research
nav-settings = Settings
nav-settings-tip = units, formulas, thresholds, devices
nav-light = ☀ Light
nav-dark = 🌙 Dark
nav-theme-tip = switch between light and dark
nav-open-my-clinic = Open my clinic
nav-open-my-clinic-tip = leave the demo clinic
nav-open-demo = Open the demo clinic
nav-open-demo-tip = a separate clinic with example athletes
nav-choose-athlete-first = Choose an athlete first.

## The first screen

welcome-tagline = Hamstring and glute strength testing, history and return to sport
welcome-open-failed = The clinic could not be opened: { $error }
welcome-explore-demo = Explore the demo clinic
welcome-demo-description = Six example athletes with months of visits, in a database of their own. Demo devices need no hardware.
welcome-retry-server = Try the clinic server again
# $server: the server's address.
welcome-clinic-on-server = This computer's clinic is on the clinic server { $server }.
welcome-use-this-computer = Use this computer's database
# "Settings, Clinic server": the Settings screen and its section (nav-settings, server-heading).
welcome-use-this-computer-description = This computer's own clinic instead (the clinic server can be chosen again in Settings, Clinic server).
welcome-start-my-clinic = Start my clinic
welcome-start-description = An empty clinic for your own athletes. You can switch between the two at any time.
welcome-record-on-server = The clinic's record is on its clinic server; recordings are kept on this computer first.
welcome-stays-here = Everything stays on this computer.

## Settings

settings-title = Settings
# $problems: what is wrong with the settings, separated by semicolons.
settings-not-saved-problems = Not saved: { $problems }.
# $error: why the database did not save them.
settings-not-saved-error = Not saved: { $error }
settings-saved = Clinic settings saved.
settings-save = Save clinic settings
settings-discard = Discard changes
# $changes: the changes (settings-change-* messages), separated by semicolons.
settings-unsaved-bar = ⚠ Not saved yet, and not used until saved: { $changes }

## Settings: leaving with unsaved changes

settings-unsaved-title = The clinic settings are not saved
settings-unsaved-changed = Changed here: { $changes }.
settings-unsaved-explain = They are used nowhere (results, reports, other computers) until they are saved.
settings-save-and-leave = Save and leave
settings-leave-without-saving = Leave without saving
settings-stay = Stay in Settings

## Settings: what changed (listed in the two messages above)

# $formula, $was: the asymmetry formulas' short names.
settings-change-formula = asymmetry formula { $formula } (was { $was })
# The value of each side that asymmetry and progress use: the best rep or the mean of the reps.
settings-change-summary = per-side value { $value ->
        [best] best rep
       *[mean] mean of reps
    } (was { $was ->
        [best] best rep
       *[mean] mean of reps
    })
# The asymmetry colour bands, in percent.
settings-change-bands = colour bands amber from { $amber } %, red from { $red } %
# "H:Q" = hamstring to quadriceps torque ratio; keep the abbreviation.
settings-change-hq = lowest acceptable H:Q { $hq }
settings-change-no-hq = no lowest acceptable H:Q
# "MDC" = minimal detectable change; $tests: test names, separated by commas.
settings-change-mdc = MDC of { $tests }
settings-change-other = other clinic settings

## Settings: display (this computer)

settings-display = Display (this computer)
settings-language = Language
settings-language-tip = the language ForceTrack speaks on this computer
settings-language-unavailable-tip = not translated yet
settings-decimal-separator = Decimal separator
settings-decimal-point-tip = decimal point
settings-decimal-comma-tip = decimal comma
settings-decimal-separator-tip = how numbers are written on screen and in reports
settings-date-order = Date order
settings-date-order-tip = how dates are written on screen and in reports
# Each choice shows an example date ($today, 31 December) written in that order.
settings-date-order-ymd = { $today } (year-month-day)
settings-date-order-dmy = { $today } (day/month/year)
settings-date-order-dmy-dots = { $today } (day.month.year)
settings-date-order-mdy = { $today } (month/day/year)
settings-force-unit = Force unit
settings-dark = Dark theme
settings-countdown = Countdown before recording (s)
# What draws the window: "glow" and "wgpu" are program names; keep them.
settings-renderer = Renderer
settings-renderer-in-use = { $renderer } draws this window
settings-renderer-next = { $renderer } draws this window; { $next } from the next start
# "--renderer" is a command-line option: keep it as written.
settings-renderer-tip = glow is the default: it draws the live view fastest on most computers. --renderer overrides this for one start.

## Settings: the clinic's choices

settings-clinic = Clinic (shared by every computer using this clinic)
settings-formula = Asymmetry formula
settings-summary = Per-side value for asymmetry and progress
settings-best-rep = best rep
settings-mean-of-reps = mean of reps
# $source: a publication ("Redden 2018"); keep it as written.
settings-summary-note = Best is the clinical convention; the mean is the more reliable choice for asymmetry ({ $source }).
settings-amber-from = Amber from (%)
settings-red-from = Red from (%)
# $source: publications, kept as written.
settings-bands-source = Source: { $source }.
# "H:Q" = hamstring to quadriceps torque ratio; keep the abbreviation.
settings-hq-floor = Lowest acceptable H:Q (knee flexion / extension torque at 90°)
settings-hq-floor-tip = the clinic's lowest acceptable H:Q
# $cutoff: a ratio ("0.47"); $source: a publication ("Croisier et al. 2008"), kept as written.
settings-hq-note = No default: the isokinetic cut-off ({ $cutoff }, { $source }) does not transfer to isometric ratios; a clinic may set its own.
# "MDC95" = minimal detectable change at 95 % confidence; keep the abbreviation.
settings-mdc-heading = Minimal detectable change (MDC95) per test
settings-mdc-test = Test
settings-mdc-value = MDC95
settings-mdc-source = Source
# "SEM" = standard error of measurement; $factor: 1.96 written as a number.
settings-mdc-sem = Your SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 of { $test }
# In the Source column: the clinic set this MDC itself.
settings-mdc-clinic-setting = clinic setting
# $unit: "N", "kgf", "lbf" or "%".
settings-sem-label = SEM ({ $unit })
settings-sem-use = Use
settings-sem-use-tip = set the MDC of { $test } from your SEM
# $typed: what was typed; $example: a number ("4.5").
settings-sem-invalid = '{ $typed }' is not a SEM: type a number above 0, e.g. { $example }
settings-sem-error-tip = see below the table
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Default
settings-mdc-default-tip = back to the published MDC of { $test }

## Settings: device profiles

settings-devices = Device profiles
# $folder: the clinic's devices folder.
settings-devices-intro = Built-in profiles, plus your own in { $folder } and in the folder below.
settings-devices-folder = Extra devices folder
settings-devices-reload = Use and reload
# $error: the file, line and reason (technical).
settings-profile-not-loaded = not loaded: { $error }

## Settings: the clinic server

# PostgreSQL is a program's name; keep it.
server-heading = Clinic server
server-intro = Several computers share one record on the clinic's PostgreSQL server; one computer keeps it in its own database. Recordings are always journalled on this computer first, so a recording never waits for the network.
# $server: the server's address.
server-in-use = This computer uses the clinic server { $server }.
server-none = This computer uses its own database (no clinic server).
server-host = Server (host name or address)
server-port = Port
server-database = Database
server-login = Login (your own)
# CA = certificate authority.
server-ca-file = Server's CA certificate file
server-password = Password
server-password-tip = kept only in the PostgreSQL password file, never in ForceTrack's settings
# TLS = the encryption of the connection; keep the abbreviation.
server-tls-off = Turn TLS off (the connection is not encrypted: only inside a trusted network)
server-test = Test the connection
server-save-password = Save the password
# "~/.pgpass" is a file name: keep it.
server-save-password-tip = in the PostgreSQL password file (~/.pgpass), readable only by you
server-use = Use this clinic server
server-use-this-computer = Use this computer's database
server-no-home = no home folder for the password file
server-password-not-saved = the password was not saved: { $error }
server-password-saved = Password saved in { $file } (readable only by you).
# $server: the address; $login: the login; $version, $latest: schema version numbers; $athletes: a count.
server-connected = Connected to { $server } as { $login }: schema version { $version } (this program's: { $latest }), { $athletes ->
        [one] { $athletes } athlete
       *[other] { $athletes } athletes
    }.
server-connected-encrypted = Connected to { $server } as { $login }, encrypted, the server's certificate checked: schema version { $version } (this program's: { $latest }), { $athletes ->
        [one] { $athletes } athlete
       *[other] { $athletes } athletes
    }.

## Recordings a crash left unfinished

recovery-look-failed = Could not look for unfinished recordings: { $error }
recovery-title = Unfinished recordings
recovery-intro = ForceTrack stopped while these were being recorded. What was saved up to the last moment can be kept.
recovery-unknown-athlete = unknown athlete
# $test: the test's name; $side: which leg was tested.
recovery-test-side = { $side ->
        [left] { $test }, left
        [right] { $test }, right
       *[both] { $test }, both legs
    }
recovery-no-test = a recording without a test
# One recording: when it began, the athlete, the test, how many samples and seconds it holds.
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } sample
       *[other] { $samples } samples
    } ({ $seconds } s)
recovery-pain-label = Pain during it
recovery-pain-choose = choose 0-10
recovery-pain-not-known-chosen = Pain not known
# $pain: 0 to 10.
recovery-pain-chosen = Pain { $pain }/10
recovery-pain-not-known = Not known
recovery-keep = Keep as a trial
recovery-keep-disabled-tip = Choose the pain the athlete reported during this recording first
recovery-discard = Discard…
recovery-discard-tip = throws the recording away; asked once more
recovery-discard-confirm = Yes, discard these { $seconds } s for good
recovery-do-not-discard = Do not discard
# $date: the visit's date and time.
recovery-kept-in-visit = The kept trial is in the visit of { $date }.
recovery-go-on = Go on with that session
recovery-close = Close
recovery-decide-later = Decide later
# $trial: the trial's number; $date: the visit's date and time.
recovery-kept = Kept as trial { $trial } of the visit of { $date }.
recovery-discarded = The unfinished recording was discarded.
recovery-no-samples = No samples were saved before it stopped.
# A point of the curve on hover: $channel the channel's name, $time in seconds, $force with its unit.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (as recorded)

## A fixed recording on the demo force plate (a measurement mode)

autorecord-heading = Recording the demo force plate: { $duration } of { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } sample per channel
       *[other] { $samples } samples per channel
    }

## Session: recording (the steps, live recording, review, typed-in values, abandoning)

## Step list (left panel)

run-steps-heading = Tests (⬅ ➡ to move)
# $mark is a symbol (✔ – ⚠ ▶ ·); $step is the test and side, e.g. "Nordic hamstring exercise, both legs"
run-step-not-done = { $mark } { $step } (not done)
run-step-not-done-tip = not done: { $reason }
# $reason says what the device lacks (its channels)
run-step-cannot-record-tip = the connected device cannot record this: { $reason }
run-summary = Summary ▶
run-tally = { $done } of { $total } done
run-tally-not-done = { $done } of { $total } done, { $not_done } not done

## Current step

# $position is the test's instruction for the athlete's position
run-position = Position: { $position }
# $cue is what the clinician says to the athlete
run-cue = Cue: “{ $cue }”
run-connect-device-first = Connect a device first.
run-connect-device = Connect a device to record.
# $device is the device's name; $reason what it lacks
run-device-cannot-record = ⚠ { $device } cannot record this test: { $reason }.
# The lever arm is the distance from the joint to where the force is applied, for torque
run-lever-arm = Lever arm (m)
run-lever-arm-hint = measured; for torque
# $landmark is the test's instruction, e.g. "the lateral knee joint line to the centre of the pad"
run-lever-arm-tip = measured from { $landmark }

## Marking a step "not done"

run-marked-not-done = Marked not done: { $reason }
run-test-after-all = Test it after all
run-not-done-today = Not done today?
# "Nordic rig" = the frame a Nordic hamstring exercise is done on
run-not-done-reason-hint = reason, e.g. no Nordic rig, pain, time
run-mark-both-not-done = Mark both sides not done
run-mark-not-done = Mark not done
run-mark-not-done-tip = leave this test out of today's visit; the reason goes in the visit's notes
# $side is the leg: left or right
run-mark-side-not-done =
    { $side ->
        [left] Mark only the left side not done
        [right] Mark only the right side not done
       *[both] Mark both sides not done
    }
run-mark-side-not-done-tip = the other side of this test stays to be tested

## Recording controls

run-start-recording = ⏺ Start recording
# $time is minutes:seconds left, e.g. 1:05
run-rest = Rest { $time }
run-start-now = ⏺ Start now
run-skip-rest = Skip rest
run-cancel = Cancel
run-stop = ■ Stop
# Keyboard shortcuts, shown as tooltips: the names of the keys
run-key-space-tip = Space
run-key-enter-tip = Enter
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Backspace twice
run-cancel-recording-tip = Esc: discard this recording
# Key names inside "Press ... again"
run-key-escape = Escape
run-key-backspace = Backspace
# $key is a key's name (run-key-escape, run-key-backspace)
run-press-again-discard = Press { $key } again to discard this recording.
run-press-again-redo = Press { $key } again to discard it and record again.
run-press-again-discard-redo = Press { $key } again to discard this recording and record again.
# A rep detected while recording: $number is its number, $peak its peak force with unit
run-live-rep = Rep { $number }: { $peak }
# The same while the rep goes on (its peak may still rise)
run-live-rep-rising = Rep { $number }: { $peak } …

## Saving a trial

run-trial-saved = Trial saved.
run-trial-kept-offline =
    Trial kept on this computer: the clinic server cannot be reached. It is sent when the server answers again (the status bar counts what waits).
# $error is the technical reason
run-trial-not-saved = The trial was not saved: { $error }.
# $path is a file's path
run-trial-not-saved-rescued = The trial was not saved: { $error }. The recording is kept in { $path }.
run-trial-not-saved-lost = The trial was not saved: { $error }. It could not be kept either: { $reason }.
run-not-saved = Not saved: { $error }

## Review of a recording

# $note says what of the recording is missing and why
run-device-lost = Device lost: { $note }
run-no-effort = No effort was detected in this recording.
# Column header: the rep counts in the results (a tick box per rep)
run-counted = Counted
run-peak = Peak
# $channel is a leg's channel name, e.g. left
run-peak-of = Peak { $channel }
# $metric is a curve metric's column header, e.g. "Time to peak"; $channel a leg's channel name
run-metric-of = { $metric } { $channel }
# Column header: warnings about a rep (e.g. "started before the recording")
run-flags = Flags
run-rep = Rep { $number }
run-rep-tip = untick to leave this rep out of the results
run-accept-trial = ✔ Accept trial
run-ask-pain-first = Ask about pain first.
run-redo = ↺ Redo

## Pain score

run-pain-scale = Pain during this test (0-10):
# Read out by screen readers for each button of the pain scale
run-pain-value = pain { $value }
# $source is a published study (author year); keep it as it is
run-pain-tip = 0-3 safe, 4-5 acceptable, above 5 not acceptable ({ $source })

## Typing the values of a device with no public protocol

run-type-values = Type the values (a device with no public protocol)
# microFET, Lafayette, VALD, Kinvent are brands of force devices; keep them
run-type-values-tip =
    each rep's peak read off the device's display (microFET, Lafayette, VALD, Kinvent, a crane scale with peak hold); counted like a recorded trial's peaks, marked 'entered by hand', no curve metrics
run-hand-device = Device
run-hand-device-hint = e.g. Hoggan microFET 2
# The kind of device (handheld dynamometer, fixed frame, ...)
run-hand-kind = Kind
run-hand-kind-tip = change is compared only within one kind of device
run-hand-unit = Unit on its display
run-hand-left-peaks = Left leg: peak of each rep
run-hand-right-peaks = Right leg: peak of each rep
run-hand-peaks = Peak of each rep
# $example is a few numbers, e.g. 31.2 30.8 32.0
run-hand-peaks-empty = type each rep's peak, e.g. { $example }
# $text is what was typed; $unit a force unit (N, kgf, lbf)
run-hand-peak-not-a-number = '{ $text }' is not a peak force in { $unit } (a number above 0)
# $side is the leg: left or right; $problem says what is wrong with its peaks
run-hand-leg-problem =
    { $side ->
        [left] left
       *[right] right
    } leg: { $problem }
# $best is the best peak with its unit, as typed, e.g. 46.8 kgf
run-hand-entered =
    { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }, best { $best }: entered by hand
# $converted is the best peak in the app's unit, e.g. 4.8 kgf
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }, best { $best } ({ $converted }): entered by hand
# $side is the leg: left or right
run-hand-entered-leg =
    { $side ->
        [left] left
       *[right] right
    }: { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }, best { $best }: entered by hand
run-hand-entered-leg-converted =
    { $side ->
        [left] left
       *[right] right
    }: { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }, best { $best } ({ $converted }): entered by hand
run-save = ✔ Save

## A step that counts reps

run-reps-completed = Reps completed
run-reps = Reps
run-reps-hint = count
# A published threshold: $label and $unit come from the test, $source is a citation (keep it)
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = '{ $text }' is not a number of reps: type a whole number, e.g. 22

## Abandoning a session

run-abandon = Abandon session
# $trials is how many trials with their tests, e.g. "2 trials: Nordic hamstring exercise (2)"
run-abandon-question-holds = Leave this session? Its visit holds { $trials }.
run-abandon-question-empty = Leave this session? Its visit holds no trials yet.
# $added is how many trials with their tests, e.g. "2 trials: Nordic hamstring exercise (2)"; $date the visit's date and time
run-abandon-question-added =
    Leave this session? It added { $added } to the visit of { $date }, which held { $before ->
        [one] { $before } trial
       *[other] { $before } trials
    } before.
run-abandon-question-added-nothing =
    Leave this session? It added nothing to the visit of { $date }, which keeps its { $before ->
        [one] { $before } trial
       *[other] { $before } trials
    }.
run-abandon-delete =
    Delete the visit (restorable for { $days ->
        [one] { $days } day
       *[other] { $days } days
    })
run-abandon-delete-tip = Undo on the next screen, or the athlete's page, brings it back with its trials
run-abandon-keep =
    Keep the visit and its { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    }
run-abandon-keep-empty = Keep the visit (it holds no trials)
run-abandon-keep-tip = the visit stays in the athlete's history as it is; the tests not done are not recorded
run-abandon-keep-all =
    Keep the visit and all its { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    }
run-abandon-keep-all-tip = this session's trials stay in the visit with the earlier ones
run-abandon-remove =
    Remove the { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    } this session added
run-abandon-leave = Leave the session
run-abandon-go-on = Go on with the session
# What abandoning did, shown on the next screen
run-abandon-kept =
    Left the session. The visit of { $date } is kept with its { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    }.
run-abandon-deleted = Deleted the visit of { $date } with its { $trials }.
run-abandon-deleted-empty = Deleted the visit of { $date } with no trials.
run-abandon-left-earlier =
    Left the session. The visit of { $date } keeps the { $before ->
        [one] { $before } trial
       *[other] { $before } trials
    } it held before.
# $removed is how many trials with their tests, e.g. "2 trials: Nordic hamstring exercise (2)"
run-abandon-removed =
    Removed what this session added ({ $removed }). The visit of { $date } keeps the { $before ->
        [one] { $before } trial
       *[other] { $before } trials
    } it held before.

## Session: starting a session, the device panel, the session summary, the shared widgets

## The plan of a session: a test on one side (or both at once)

# A step of a session: the test's name, then the side it is recorded on.
session-step-title =
    { $side ->
        [left] { $test }, left
        [right] { $test }, right
       *[both] { $test }, both legs
    }
session-step-needs-two-channels = this test records both legs at once: connect a two-channel device (a Nordic rig or force plates)
session-step-channels-do-not-fit = this device's channels do not fit this test
# $device is the connected device's name; $reason one of the two messages above.
session-step-passed-over = { $device } cannot record it: { $reason }
# Written into the visit's notes and read back from them by a later session on the same visit:
# keep "({ $reason })." at the end, with the full stop right after the closing bracket.
session-not-done-note = Not done: { $step } ({ $reason }).

## Setting up a session

session-heading = Test session: { $athlete }
# $injury is the injury's summary, $date the day it happened.
session-current-injury = Current injury: { $injury } (since { $date })
session-not-abandoned = The session was not abandoned: { $error }
session-not-restored = Not restored: { $error }
session-undo = Undo
session-undo-tip = bring the visit back with its trials
session-tests = Tests
# A battery: a set of tests done together for one kind of injury.
session-battery = Battery: { $battery }
session-both-legs-at-once = both legs at once
session-one-leg-at-a-time = one leg at a time
session-visit = Visit
session-going-on-with-visit = Going on with the visit of { $date }: the trials it holds count as done, the tests its notes say were not done as not done; choose the tests and the device.
session-visit-today =
    { $athlete } has a visit today ({ $date }, { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    }).
session-add-to-todays-visit = Add to today's visit
# "H:Q" = hamstring to quadriceps torque ratio; keep the abbreviation.
session-add-to-todays-visit-tip = the tests of this session join that visit: its results (H:Q, asymmetry, clearance) are read together
session-or-new-visit = or fill in a new visit below
session-device = Device
session-resume = Resume session
session-start = Start session
session-choose-a-test = Choose at least one test.
session-body-mass = Body mass (kg)
session-body-mass-hint = for N/kg
session-clinician = Clinician
session-clinician-hint = your name
session-notes = Notes
# VISA-H: the Victorian Institute of Sport Assessment questionnaire for proximal hamstring
# tendinopathy; keep the abbreviation.
session-visa-h-and-provocation = VISA-H and provocation tests
session-visa-h = VISA-H (0-100)
session-visa-h-hint = total score
# $source is a citation (authors and year), kept as written.
session-provocation-source = Provocation tests after { $source }
# Provocation tests for proximal hamstring tendinopathy; "Puranen-Orava" is named after its authors.
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Bent-knee stretch
session-modified-bent-knee-stretch = Modified bent-knee stretch
# The result of a provocation test: not done, negative (no pain) or positive (pain).
session-provocation-not-done = not done
session-provocation-negative = negative
session-provocation-positive = positive
session-visa-h-not-a-number = VISA-H '{ $text }' is not a number
session-body-mass-not-a-number = body mass '{ $text }' is not a number
session-visa-h-out-of-range = VISA-H { $value } is outside 0-100

## The session summary

session-visit-saved = Visit saved.
session-summary-heading = Summary: { $athlete }
session-summary-no-results = This visit has no results.
# $steps: the steps not recorded, separated by "; ".
session-summary-not-recorded = Not recorded at this visit: { $steps }.
# A step not recorded, with why the session went past it.
session-summary-not-recorded-why = { $step } ({ $why })
# $formula is the asymmetry formula's name, $definition its formula, $source and $bands_source
# citations kept as written; $amber and $red are percentages.
session-summary-asymmetry = Asymmetry: { $formula } = { $definition } ({ $source }). Bands: green < { $amber } %, amber, red ≥ { $red } % ({ $bands_source }).
# "LSI" = limb symmetry index; keep the abbreviation.
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } rep
       *[other] { $count } reps
    }
# A best force typed in from another device's display rather than recorded.
session-summary-entered-by-hand = { $force } (entered by hand)
session-summary-side = Side
session-summary-count = Count
# Repetitions of a trial.
session-summary-reps = Reps
session-summary-best = Best
session-summary-mean = Mean
# "CV" = coefficient of variation; keep the abbreviation.
session-summary-cv = CV
session-summary-pain = Pain
session-summary-since-last-visit = Since last visit
session-summary-flags = Flags
session-summary-first-visit = first visit
session-summary-visit-notes = Visit notes
session-summary-back = ◀ Back to testing
session-summary-save = 💾 Save visit
# "MDC95" = minimal detectable change at 95 % confidence; keep the abbreviation. $source is a citation.
session-change-vs-mdc = vs { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = vs { $since } · devices are not interchangeable: change is compared within one kind of device
session-change-vs-no-mdc = vs { $since } · no MDC known for this test: the change is shown, not judged

## The device panel

# "Tare": set the device's zero with nothing pulling on it.
device-panel-tare = Tare
device-panel-tare-tip = zero the device with nothing pulling on it
device-panel-disconnect = Disconnect
device-panel-connect-a-device = Connect a device
device-panel-demo-tip = the simulated athlete; no hardware needed
device-panel-find-ports = Find serial ports
device-panel-ports-found =
    { $count ->
        [one] { $count } found
       *[other] { $count } found
    }
# A serial port: its path and what it is.
device-panel-port = { $path }  ({ $description })
# A serial port: its path, what it is and its USB vendor and product ids.
device-panel-port-usb = { $path }  ({ $description }, { $usb })
# A device profile: the file that says how to talk to a model of device.
device-panel-profile = Profile
device-panel-connect = Connect
device-panel-other-port = Other port
device-panel-other-port-hint = /dev/pts/3 or COM4
device-panel-choose = choose…
# The live numbers' titles: a one-channel device's force, or a two-channel device's legs.
device-panel-channel-force = Force
device-panel-channel-left = Left
device-panel-channel-right = Right
device-panel-force-now-tip = force now
device-panel-peak = peak { $force }
device-panel-peak-tip = highest force of this recording
# A device's name on a serial port: "Demo dynamometer on /dev/ttyUSB0".
device-panel-device-on-port = { $device } on { $port }
device-panel-no-profile = no device profile '{ $profile }'

## A serial port this user may not open

port-denied-not-in-group = { $port }: permission denied: the port belongs to the group '{ $group }' and you are not in it. Add yourself with { $command }, then log out and in; or install the ForceTrack package, which gives the person at the computer access to the devices it knows
port-denied-added-after-login = { $port }: permission denied: you are in the group '{ $group }' that the port belongs to, but you were added after logging in: log out and in (or restart the computer)
# $mode: the port's permission bits, in octal ("0600").
port-denied-owner-only = { $port }: permission denied: only its owner '{ $owner }' may open the port (mode { $mode }); install the ForceTrack package, which gives the person at the computer access to the devices it knows, or ask whoever looks after this computer
port-denied = { $port }: permission denied; install the ForceTrack package, which gives the person at the computer access to the devices it knows, or ask whoever looks after this computer
port-short-not-in-group = not allowed: you are not in the group '{ $group }'
port-short-added-after-login = not allowed until you log out and in (group '{ $group }')
port-short-owner-only = not allowed: only '{ $owner }' may open it
# $error: the system's words for the failure.
port-busy = { $port } is busy: another program holds the port (a serial monitor, a second ForceTrack, ModemManager): close it, then connect again ({ $error })
# $button: the app's button that lists the ports; $command: the command that lists them.
port-not-there = { $port } is not there: is the device plugged in and switched on? (the app's { $button } and { $command } list the ports present)
port-cannot-open = cannot open { $port }: { $error }

## The status bar

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } sample
       *[other] { $count } samples
    }
status-samples-tip = samples received from the device since it was connected
# Readings the device sent that are not among the samples.
status-readings-missing =
    { $count ->
        [one] { $count } reading missing
       *[other] { $count } readings missing
    }
# An estimate: the count is known only approximately.
status-readings-missing-about =
    { $count ->
        [one] about { $count } reading missing
       *[other] about { $count } readings missing
    }
# $why says how the missing readings are known.
status-readings-missing-tip = { $why } (since the device was connected)
status-no-readings-missing = 0 readings missing
status-no-readings-missing-tip = every reading the device sent since it was connected is a sample
status-rejected-tip =
    lines that were not samples or known replies; last: { $last }
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    } discarded before the first whole line after connecting (a stream already running)
status-rejected-lines =
    { $count ->
        [one] { $count } rejected line
       *[other] { $count } rejected lines
    }
status-device-errors =
    { $count ->
        [one] { $count } device error
       *[other] { $count } device errors
    }
status-no-device = No device connected
status-this-computer = this computer: { $folder }
status-this-computer-tip = the clinic's record is this computer's database, in this data folder
status-clinic-server = clinic server { $host }/{ $database }
# $server: the server's address; $login: the login name; $folder: this computer's data folder.
status-clinic-server-tip = the clinic's record is on { $server } (login { $login }); recordings are journalled on this computer first, in { $folder }
status-server-reachable = SERVER REACHABLE
status-server-not-reachable = SERVER NOT REACHABLE
status-server-not-reachable-tip = recording goes on: finished trials wait on this computer and are sent when the server answers again
status-waiting-for-server =
    { $count ->
        [one] { $count } recording waiting for the clinic server
       *[other] { $count } recordings waiting for the clinic server
    }
# $command: the command line's command that sends them.
status-waiting-for-server-tip = kept on this computer; sent by themselves when the server answers (or: { $command })
status-demo-clinic = DEMO CLINIC
status-journal-writes-failed =
    { $count ->
        [one] { $count } journal write failed
       *[other] { $count } journal writes failed
    }

## Shared widgets: the H:Q line

# "H:Q" = hamstring to quadriceps torque ratio; keep the abbreviation.
widget-hq-title = H:Q (knee flexion / knee extension torque, 90°)
# A side's H:Q ratio: the side, then the ratio (or why there is none).
widget-hq-side =
    { $side ->
        [left] left { $value }
       *[right] right { $value }
    }
# $command: the command line's command that adds a lever arm.
widget-hq-no-lever-arm = a ratio of torques needs each trial's lever arm (add it under History, recorded curves, or with { $command })
widget-hq-not-both-tests = needs knee flexion and knee extension 90/90 on that side at this visit
# $caveat: why the ratio's two values may not compare (two kinds of device).
widget-hq-caveat =
    { $side ->
        [left] left H:Q { $caveat }
       *[right] right H:Q { $caveat }
    }
# $source: what the ratio is, with its citations.
widget-hq-source-no-threshold = { $source }; no threshold set.
widget-hq-source-threshold = { $source }; clinic threshold: at least { $threshold }.
# A side in a table's first column.
widget-side-left = left
widget-side-right = right
widget-side-both = both legs

## Shared widgets: saving a file

widget-save-choose-folder = Choose an empty folder for the export
widget-save-folder-gone = the folder { $folder } is not there any more
# $program: the program that shows folders (explorer, open, xdg-open).
widget-save-no-file-manager = this computer has no file manager to show it ('{ $program }' is not installed); the files are in { $folder }
widget-save-file-manager-failed = the file manager could not be started ({ $program }: { $error }); the files are in { $folder }
widget-save-cannot-create = cannot create { $folder }: { $error }
widget-save-no-dialog = No file dialog could be shown on this system, so nothing was saved yet.
widget-save-in-own-folder = Save it in ForceTrack's export folder ({ $folder })
widget-save-not-now = Not now
widget-save-saved-in-own-folder = Saved in ForceTrack's export folder (this computer shows no file dialog): { $folder }
widget-save-open-folder = Open folder
# $error: one of the messages above that say why the folder cannot be shown.
widget-save-cannot-show-folder = Cannot show the folder: { $error }.

## Athletes, the athlete's page, history, progress charts, trial viewer and the results' wording

## Athlete list

athletes-heading = Athletes
athletes-search = Search
athletes-search-hint = name, sport or id
athletes-show-archived = Show archived
athletes-add = ➕ Add athlete
athletes-none-yet = No athletes yet: add the first one.
athletes-none-match = No athlete matches.
athletes-col-status = Status
athletes-col-athlete = Athlete
athletes-col-return-to-sport = Return to sport
athletes-col-sport = Sport
athletes-col-last-visit = Last visit
athletes-col-injury = Injury
# An athlete's status, after a coloured symbol
athletes-status-cleared = cleared
# Cleared by a clinician although the evaluation did not say "cleared"
athletes-status-cleared-override = cleared (override)
# "rehab" = rehabilitation
athletes-status-in-rehab = in rehab
athletes-status-flagged = flagged
athletes-status-no-injury = no injury
# What the statuses mean, on hover. Keep the status words as translated above.
athletes-status-words = cleared: episode signed off · cleared (override): signed off against an evaluation that was not 'cleared', with a reason · in rehab: open injury episode · flagged: pain above 3/10 at the last visit, or a test's latest asymmetry in the red band with no injury or since the injury was cleared
# Why an athlete is flagged: pain on a 0-10 scale
athletes-status-pain = pain { $pain }/10 at the last visit
# $status is the symbol and status ("⚠ flagged"); $test the test whose latest asymmetry is in the red band
athletes-status-red = { $status } · red { $test }
# An archived athlete's name in the list
athletes-name-archived = { $name } (archived)
athletes-open-tip = open (Enter); ⬆ ⬇ move

## Return to sport (the open episode's clearance status, in the list and on the athlete's page)

# Every criterion of the return-to-sport checklist passes
athletes-rts-all-pass = { $total ->
    [one] { $total } of { $total } passes
   *[other] all { $total } pass
}
athletes-rts-without-data = { $none ->
    [one] { $none } of { $total } without data
   *[other] { $none } of { $total } without data
}
athletes-rts-fail = { $fail ->
    [one] { $fail } of { $total } fails
   *[other] { $fail } of { $total } fail
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } of { $total } fails, { $none } without data
   *[other] { $fail } of { $total } fail, { $none } without data
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ the { $total } criterion passes
   *[other] ✔ all { $total } criteria pass
}
athletes-rts-awaiting-signoff-tip = Awaiting the clinician's sign-off: click to open the checklist.
athletes-rts-open-checklist-tip = Click to open the checklist.

## Athlete page

athlete-saved = Saved.
# $error is the database's answer
athlete-not-restored = Not restored: { $error }
athlete-archived = archived
athlete-new-session = ▶ New test session
athlete-new-session-tip = test this athlete now
athlete-edit-profile = Edit profile
athlete-archive = Archive
athlete-unarchive = Unarchive
athlete-archive-tip = archived athletes are hidden from the list; nothing is deleted
athlete-date-of-birth = Date of birth
athlete-sex = Sex
athlete-dominant-leg = Dominant leg
athlete-sport = Sport
athlete-body-mass = Body mass
athlete-external-id = External id
athlete-notes = Notes
athlete-episodes = Injury episodes
athlete-add-episode = ➕ Add episode
athlete-episodes-none = None recorded.
# Parts of an injury episode's line, joined by " · ": "Hamstring strain, left · injured 2026-03-01 · cleared 2026-05-02"
athlete-episode-injured = injured { $date }
# A pre-injury baseline is a visit before the injury whose results are the athlete's normal
athlete-episode-baseline = pre-injury baseline { $date }
athlete-episode-cleared = cleared { $date }
athlete-visit-id = visit { $id }
athlete-edit = Edit
athlete-return-to-sport = Return to sport
athlete-visits = { $visits ->
    [one] Visits ({ $visits })
   *[other] Visits ({ $visits })
}
# "VISA-H" is a questionnaire score (Victorian Institute of Sport Assessment, hamstring); keep the name
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = open the history at this visit

## Deleted visits on the athlete's page

athlete-deleted-heading = { $days ->
    [one] Recently deleted visits (restorable for { $days } day)
   *[other] Recently deleted visits (restorable for { $days } days)
}
# What a deleted visit holds: $tests lists each test with its number of trials, "Nordic hamstring exercise (3)"
athlete-deleted-trials = { $count ->
    [0] no trials
    [one] { $count } trial: { $tests }
   *[other] { $count } trials: { $tests }
}
# $date and $deleted are a date and time; $until a date; $trials what the visit holds ("7 trials: ...")
athlete-deleted-visit = { $date } · { $trials } · deleted { $deleted }, restorable until { $until }
athlete-restore-visit = Restore the visit of { $date }
athlete-restored = { $count ->
    [0] Restored the visit of { $date } with no trials.
    [one] Restored the visit of { $date } with its { $count } trial: { $tests }.
   *[other] Restored the visit of { $date } with its { $count } trials: { $tests }.
}

## Athlete form (profile)

athlete-form-new = New athlete
athlete-form-edit = Edit athlete
athlete-given-name = Given name
athlete-family-name = Family name
athlete-body-mass-kg = Body mass (kg)
athlete-body-mass-hint = e.g. { $example }
athlete-external-id-hint = optional
# $problems is how many problems the form has; each is shown beside its field
athlete-form-not-saved = { $problems ->
    [one] Not saved: { $problems } to fix (beside the fields).
   *[other] Not saved: { $problems } to fix (beside the fields).
}
athlete-save = Save athlete
athlete-cancel = Cancel

## Injury episode form

athlete-episode-form-new = New injury episode
athlete-episode-form-edit = Edit injury episode
athlete-injury = Injury
athlete-side = Side
# The grade of a muscle injury; BAMIC = British Athletics Muscle Injury Classification, keep it
athlete-grade = Grade
athlete-grade-hint = e.g. BAMIC 2b
athlete-location = Location
athlete-injury-date = Injury date
athlete-baseline = Pre-injury baseline
athlete-baseline-none = none
athlete-baseline-tip = a visit before the injury whose results are the athlete's own normal
athlete-cleared-on = Cleared on
# An episode is cleared by a clinician's sign-off on the Clearance screen
athlete-not-cleared = not cleared: a sign-off on Clearance sets this
athlete-cleared-by-signoff = { $date } (set by its sign-off)
athlete-save-episode = Save episode
athlete-problem-injury-date-needed = the injury date is needed
athlete-problem-baseline-after-injury = the visit of { $visit } is not before the injury date { $injury }: a pre-injury baseline is a visit before the injury

## History

history-heading = History: { $athlete }
history-no-visits = No visits yet.
# H:Q = hamstring-to-quadriceps ratio; keep the abbreviation
history-hq-tab = H:Q ratio
history-hq-heading = H:Q ratio — knee flexion / knee extension torque at 90°, per side
# $source says what H:Q is and where it comes from (a sentence); $summary is which value of the reps is used (best or mean)
history-hq-note = { $source }; clinic threshold: at least { $threshold }. From the summary in use ({ $summary }).
history-hq-note-no-threshold = { $source }; no threshold set. From the summary in use ({ $summary }).
# A point of the H:Q chart on hover: the side, then the date and the ratio
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Visit
history-col-left = Left
history-col-right = Right
history-col-asymmetry = Asymmetry
# LSI = limb symmetry index; keep the abbreviation
history-col-lsi = LSI
# Pain on each side: left / right
history-col-pain = Pain (L / R)
# $unit is the force unit (N, kgf, lbf); $summary which value of the reps (best or mean)
history-progress-heading = { $test } — progress ({ $summary } ({ $unit }))
# A test measured by counting repetitions
history-progress-heading-reps = { $test } — progress (reps)
# The chart's key: the symbols show how each series is drawn
history-key-left = ⏺ left
history-key-right = ■ right
history-key-baseline = - - - pre-injury baseline
history-key-injury = | injury (lines break there)
# MDC95 = minimal detectable change at 95 % confidence; keep the abbreviation. $source is where the value comes from
history-key-mdc = shaded: ± MDC95 { $mdc } ({ $source })
# A point's series name when it was measured with another kind of instrument: "left, handheld dynamometer"
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (entered by hand)
# $trials lists the trials' numbers
history-damaged = { $count ->
    [one] ⚠ Visit of { $date }: the stored samples of trial { $trials } are damaged; left out of every result (restore a backup to get them back)
   *[other] ⚠ Visit of { $date }: the stored samples of trials { $trials } are damaged; left out of every result (restore a backup to get them back)
}
history-visits = Visits
history-visit-opened-tip = the visit opened from the athlete's page
# $formula is the asymmetry formula's name, $definition the formula itself
history-asymmetry-heading = Asymmetry trend ({ $formula }, { $definition })
# The colour bands of asymmetry; $source says where the bands come from
history-asymmetry-bands = points coloured by band on percent difference: ✔ green < { $amber } %, ⚠ amber, ✖ red ≥ { $red } % — { $source }
history-band-green = ✔ green
history-band-amber = ⚠ amber
history-band-red = ✖ red

## Charts (history)

# A chart point on hover: the series (side), then the date and the value with its unit
chart-point-hover =
    { $series }
    { $date }: { $value }
# Several visits on one day: the chart draws the day's last one
chart-same-day-note = { $count ->
    [one] { $count } same-day visit is not drawn: each day shows its last visit
   *[other] { $count } same-day visits are not drawn: each day shows its last visit
}
# A chart mixing kinds of instrument (e.g. handheld dynamometer, fixed frame): markers of the latest kind are filled, others hollow
chart-kinds-key = filled: { $latest }; hollow: { $others } — not comparable, the line breaks where the kind of instrument changes
# $side is left or right; $baseline and $latest are kinds of instrument
chart-baseline-left-out = Pre-injury baseline ({ $side }) not drawn: taken with { $baseline }, not comparable with the latest values ({ $latest })

## Trial viewer (recorded curves)

trial-heading = Recorded curves
trial-visit = Visit
trial-compare-with = Compare with
trial-none = none
# The lever arm: from the joint's axis to where the device pressed, in metres
trial-lever-arm = Lever arm, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Save lever arms
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } cleared
# $sides lists what was saved per side ("left 0.38 m, right cleared")
trial-lever-arm-saved = Lever arm saved ({ $sides }): torque and H:Q use it.
trial-lever-arm-note = Measured after the recording, or mistyped? The lever arm, joint axis to where the device pressed, gives torque and H:Q; leave empty for none.
# A curve's name: the visit's date, the side and the trial's number
trial-curve = { $date } { $side } (trial { $trial })
trial-curve-recorded-by = { $date } { $side } (trial { $trial }, recorded by { $clinician })
trial-key-left = — left
trial-key-right = — right
trial-key-earlier = - - - the earlier visit
# RFD = rate of force development; keep the abbreviation. The symbols show how each mark is drawn
trial-key-marks = ■ faint bar: the rest taken as each rep's baseline   | onset   ♦ peak   shaded: RFD 0-50 / 100 / 200 ms
trial-help = Time from the first rep's onset. Drag to pan, Ctrl + scroll to zoom, double-click to reset; hover for values.
# A curve's point on hover: t is the time in seconds, F the force
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
# The shaded window of rate of force development from the onset
trial-rfd-window = RFD 0-{ $ms } ms

## Results: words shared by the screens and the printed report

# Which value of a side's reps feeds asymmetry and progress
results-summary-best = best
results-summary-mean = mean
# A count of repetitions
results-reps = { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}
# A change in the count of repetitions, with its sign: "+3 reps"
results-reps-change = { $count ->
    [one] { $delta } rep
   *[other] { $delta } reps
}
# Whether a change since the previous visit is larger than the measurement error (MDC = minimal detectable change)
results-verdict-improved = improved
results-verdict-declined = declined
results-verdict-within-error = within measurement error
results-verdict-no-mdc = not judged (no MDC for this test)
results-verdict-not-comparable = not comparable: different device or mode
# A change since the previous visit: "+21 N, within measurement error (since 2026-04-13)"; $verdict is one of the verdicts above
results-change = { $delta }, { $verdict } (since { $date })
# Values taken with different kinds of instrument: "not comparable: different device or mode (2026-04-13: 250 N, fixed frame; now 300 N, handheld dynamometer)"
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; now { $now }, { $now_kinds })
# Where a test's MDC comes from when the clinic set its own
results-mdc-clinic-setting = clinic setting
# A side's H:Q when a test has no lever arm (so no torque)
results-hq-no-lever-arm = no lever arm
# What H:Q is. $maniar and $croisier are published sources: they stay as they are
results-hq-source = H:Q = knee flexion torque / knee extension torque at 90°. Deficits persist after return to play ({ $maniar }); the isokinetic cut-off ({ $croisier }) does not transfer to isometric ratios: no default threshold
# An H:Q taken with two kinds of instrument; $verdict is "not comparable: different device or mode"
results-hq-caveat = { $verdict } (knee flexion: { $flexion }; knee extension: { $extension })
# The clinic's result settings that cannot be used (Settings)
results-problem-bands = the asymmetry bands (amber from { $amber } %, red from { $red } %) must rise from at least 1 % to at most 80 %
results-problem-rep-threshold = the rep threshold of { $test } ({ $threshold } N) must be 1-200 N: above, no rep of a test is found
results-problem-mdc = the MDC of { $test } ({ $mdc }) must be above 0 and at most 1000
results-problem-hq = the lowest H:Q ({ $hq }) must be between 0.1 and 2

## Flags: a result's quality concerns in plain words

flag-noisy-baseline = unsteady force before the pull
flag-not-sustained = hold not sustained
flag-clipped = device maximum reached: the peak may be higher
# The exponential model of the force's rise
flag-poor-fit = force curve fits the rise model poorly
flag-fit-failed = rise model could not be fitted
flag-baseline-from-trial-start = no quiet moment before the pull
# RFD = rate of force development; keep the abbreviation
flag-low-sample-rate = RFD not reliable below 200 samples/s
# CV = coefficient of variation; keep the abbreviation
flag-inconsistent = reps inconsistent (CV above 10 %)
flag-excluded-rep-not-found = an excluded rep is no longer found in the recording

## Return-to-sport clearance
# The checklist of criteria an athlete must meet before returning to sport after an injury.
# "LSI" = limb symmetry index (involved / uninvolved side × 100 %); keep the abbreviation.
# "VISA-H" = Victorian Institute of Sport Assessment, hamstring questionnaire (score 0-100); keep the name.
# "pre-injury baseline" = the athlete's own values measured before the injury.
# Plural variants: every count has its [one] and [other] variants.

## Verdicts and statuses
clearance-verdict-pass = pass
clearance-verdict-fail = fail
clearance-verdict-no-data = no data
# The verdict with its symbol, in the checklist's first column.
clearance-verdict-mark-pass = ✔ pass
clearance-verdict-mark-fail = ✖ fail
clearance-verdict-mark-no-data = – no data
clearance-status-all-pass = all criteria pass
clearance-status-not-yet = not yet
clearance-status-incomplete = incomplete
# The overall status in the banner, in capitals.
clearance-status-mark-all-pass = ✔ ALL CRITERIA PASS
clearance-status-mark-not-yet = ✖ NOT YET
clearance-status-mark-incomplete = ⚠ INCOMPLETE
# $status: a status (clearance-status-*); $reason: clearance-reason-*.
clearance-summary = { $status }: { $reason }
# An athlete with no injury episode is screened, not cleared.
clearance-summary-screening = screening: { $status }: { $reason }
clearance-reason-all-pass = { $total ->
    [one] the { $total } required criterion passes
   *[other] all { $total } required criteria pass
}
clearance-reason-fail-and-no-data = { $total ->
    [one] { $fail } of { $total } required criterion fails, { $none } without data
   *[other] { $fail } of { $total } required criteria fail, { $none } without data
}
clearance-reason-fail = { $total ->
    [one] { $fail } of { $total } required criterion fails
   *[other] { $fail } of { $total } required criteria fail
}
clearance-reason-no-data = { $total ->
    [one] { $none } of { $total } required criterion has no data
   *[other] { $none } of { $total } required criteria have no data
}

## Kinds of criterion (the template editor)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = asymmetry
clearance-kind-absolute = absolute force or torque
clearance-kind-baseline-percent = % of pre-injury baseline
clearance-kind-pain = pain
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = ratio between two tests
clearance-kind-reps-count = reps count
# Provocation tests: clinical tests for proximal hamstring tendinopathy that provoke its pain.
clearance-kind-provocation = provocation tests
clearance-kind-manual = manual check
clearance-kind-any-of = any of
clearance-kind-first-with-data = first with data
clearance-kind-tests-done = tests done
clearance-quantity-force-n = force (N)
clearance-quantity-force-n-per-kg = force per kg (N/kg)
clearance-quantity-torque-n-m = torque (N·m)
clearance-quantity-torque-n-m-per-kg = torque per kg (N·m/kg)

## Thresholds in words
# $summary: "best" (the best rep of each side) or "mean" (the mean of the reps).
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] mean
       *[best] best
    }) ≥ { $percent } %
# Asymmetry: the percent difference between the sides.
clearance-threshold-asymmetry = asymmetry ({ $summary ->
        [mean] mean
       *[best] best
    }) ≤ { $percent } %
# $sides: "each" (each side) or "involved" (the injured side only); $value and $unit: a force or torque.
clearance-threshold-absolute = { $sides ->
        [involved] involved side
       *[each] each side
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] involved side
       *[each] each side
    } ≥ { $percent } % of pre-injury
# Pain on a scale from 0 to 10.
clearance-threshold-pain = pain ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } or improving over { $count } visit
   *[other] VISA-H ≥ { $score } or improving over { $count } visits
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H improving over { $count } visit
   *[other] VISA-H improving over { $count } visits
}
clearance-threshold-visa-h-recorded = VISA-H recorded
# The ratio of two tests' forces (e.g. hip adduction / abduction) between $low and $high.
clearance-threshold-ratio = { $low }-{ $high } on each side
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] involved side ≥ { $count } rep
           *[other] involved side ≥ { $count } reps
        }
       *[each] { $count ->
            [one] each side ≥ { $count } rep
           *[other] each side ≥ { $count } reps
        }
    }
clearance-threshold-provocation = all negative
clearance-threshold-manual = ticked by the clinician
# Two thresholds of a criterion that passes when either passes; longer lists repeat it.
clearance-threshold-or = { $first }, or { $second }
# The first threshold decides; the second applies where the first has no data.
clearance-threshold-else = { $first }; where no data, { $second }
# $tests: the tests (by their ids), joined by clearance-join-and.
clearance-threshold-tests-done = { $tests } recorded on both sides
clearance-join-and = { $first } and { $second }
# Two items of a list of notes or problems (a longer list repeats it).
clearance-join-semicolon = { $first }; { $second }

## A template's problems (shown when a template is saved or read)
clearance-problem-lsi-percent = LSI { $value } is not a percentage
clearance-problem-asymmetry-percent = asymmetry { $value } is not a percentage
clearance-problem-baseline-percent = baseline percentage { $value } is not a percentage
clearance-problem-threshold-negative = threshold { $value } must be a number of at least 0
clearance-problem-pain-range = pain { $value } is outside 0-10
clearance-problem-visa-h-range = VISA-H { $value } is outside 0-100
clearance-problem-improving-visits = improving needs at least 2 visits
clearance-problem-ratio-empty = ratio range { $low }-{ $high } is empty
clearance-problem-any-of-empty = 'any of' needs at least one option
clearance-problem-first-with-data-empty = 'first with data' needs at least one option
clearance-problem-tests-done-empty = 'tests done' needs at least one test
clearance-problem-no-id = the template has no id
clearance-problem-no-name = the template has no name
clearance-problem-no-criteria = the template has no criteria
clearance-problem-criterion-no-id = a criterion ('{ $label }') has no id
clearance-problem-criterion-twice = criterion '{ $criterion }' appears twice
clearance-problem-criterion-no-label = criterion '{ $criterion }' has no label
clearance-problem-criterion-no-source = criterion '{ $criterion }' has no source
clearance-problem-criterion-no-test = criterion '{ $criterion }': no test '{ $test }' in the test library
# $problem: one of the clearance-problem-* messages above.
clearance-problem-criterion-rule = criterion '{ $criterion }': { $problem }
# $error: the template's own problems, or why its stored text cannot be read (technical).
clearance-problem-stored = clearance template '{ $template }': { $error }
clearance-problem-stored-unreadable = clearance template '{ $template }' cannot be read: { $error }
clearance-no-template = no clearance template '{ $template }'
clearance-no-episode = { $athlete } has no injury episode { $episode }
clearance-no-visit = { $athlete } has no visit { $visit }
clearance-no-visit-to-evaluate = { $athlete } has no visit to evaluate
clearance-no-visit-for-athlete = no visit { $visit } for this athlete

## Readings (the values behind a verdict)
# A reading: its label and its value, "left 367 N", "LSI 93.2 %".
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = asymmetry
clearance-reading-left = left
clearance-reading-right = right
# The highest pain reported during the tests.
clearance-reading-highest = highest
# Provocation tests for proximal hamstring tendinopathy (Puranen-Orava is named after its authors).
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = bent-knee stretch
clearance-reading-modified-bent-knee-stretch = modified bent-knee stretch
clearance-reading-reps = { $count ->
    [one] { $value } rep
   *[other] { $value } reps
}
clearance-reading-yes = yes
clearance-reading-no = no
# A clinical test's finding.
clearance-reading-positive = positive
clearance-reading-negative = negative
clearance-reading-percent-of-baseline = { $percent } % of pre-injury
# The share of an expert panel that agreed with a criterion (a consensus study).
clearance-agreement = { $percent } % agreement
clearance-agreement-below-consensus = { $percent } % agreement: did not reach consensus
clearance-below-consensus = did not reach consensus
# $source: a published source (kept as written); $agreement: clearance-agreement*.
clearance-source-with-agreement = { $source } ({ $agreement })

## Notes (where a value came from, why there is no data)
# $dates: one or more visit dates.
clearance-note-from-visit = from the visit of { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } not recorded on both sides within { $days } day
   *[other] { $test } not recorded on both sides within { $days } days
}
# How the LSI was computed: the involved (injured) side over the other.
clearance-note-lsi-left-involved = left (involved) / right, { $summary ->
        [mean] mean
       *[best] best
    }
clearance-note-lsi-right-involved = right (involved) / left, { $summary ->
        [mean] mean
       *[best] best
    }
clearance-note-lsi-weaker-stronger = weaker / stronger side, { $summary ->
        [mean] mean
       *[best] best
    }
clearance-note-side-without-force = a side has no force
clearance-note-percent-difference = percent difference, { $summary ->
        [mean] mean
       *[best] best
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } not recorded within { $days } day
   *[other] { $test } not recorded within { $days } days
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (with a body mass) not recorded within { $days } day
   *[other] { $test } (with a body mass) not recorded within { $days } days
}
# Lever arm: the distance from the joint to the dynamometer, which turns a force into a torque.
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (with a lever arm) not recorded within { $days } day
   *[other] { $test } (with a lever arm) not recorded within { $days } days
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (with a lever arm and a body mass) not recorded within { $days } day
   *[other] { $test } (with a lever arm and a body mass) not recorded within { $days } days
}
clearance-note-best-rep = best rep
clearance-note-best-reps = best reps
clearance-note-no-episode = no injury episode
clearance-note-no-baseline-visit = the episode has no pre-injury baseline visit
clearance-note-baseline-missing = the baseline visit is missing
clearance-note-not-at-baseline = { $test } was not recorded at the baseline visit
# $before and $now: kinds of device (handheld dynamometer, fixed frame, ...).
clearance-note-not-comparable = not comparable: the pre-injury { $side ->
        [left] left
       *[right] right
    } value was measured with a { $before }, this one with a { $now }
clearance-note-baseline = { $summary ->
        [mean] mean
       *[best] best
    }, baseline { $date }
clearance-note-no-pain = { $days ->
    [one] no pain recorded on the tests within { $days } day
   *[other] no pain recorded on the tests within { $days } days
}
# $tests: the tests on which the highest pain was reported.
clearance-note-pain-on = on { $tests }
clearance-note-no-visa-h = no VISA-H recorded
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } of { $needed } score needed for a trend
   *[other] { $have } of { $needed } scores needed for a trend
}
clearance-note-visa-h-rising = rising
clearance-note-visa-h-not-rising = not rising at every visit
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } and { $denominator } not recorded at the same visit within { $days } day
   *[other] { $numerator } and { $denominator } not recorded at the same visit within { $days } days
}
clearance-note-no-provocation = { $days ->
    [one] no provocation test recorded within { $days } day
   *[other] no provocation test recorded within { $days } days
}
clearance-note-modified-bent-knee-missing = the modified bent-knee stretch (the most accurate) was not recorded
clearance-note-not-answered = not answered at this visit
clearance-note-answered = answered { $date }
clearance-note-answered-by = answered by { $clinician } on { $date }
# One option of an "any of" criterion: its threshold and its verdict.
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = by { $threshold }
# $options: the options that had no data, each with the reason.
clearance-note-no-data-for = no data for { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] not recorded on both sides within { $days } day: { $tests }
   *[other] not recorded on both sides within { $days } days: { $tests }
}

## Clearance screen
clearance-heading = Return-to-sport clearance: { $athlete }
clearance-no-visits = No visits yet: test the athlete first.
clearance-no-visit-to-evaluate-here = No visit to evaluate.
clearance-injury = Injury
clearance-injury-none = none (a screening)
# An injury episode and the date of the injury.
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Visit
clearance-template = Template
# A clinic's own copy of a template (it may keep the default's name).
clearance-template-clinic = { $template } (clinic)
clearance-edit-template = Edit template
clearance-edit-template-tip = change thresholds, required criteria, add criteria
clearance-copy-and-edit = Copy and edit
clearance-copy-and-edit-tip = a clinic copy; the default stays available
# $citation: a published study, kept as written.
clearance-caution = The 10 % rule deserves caution: deficits of more than 10 % were common at return to sport ({ $citation }). Read the numbers and trends, not only the verdict.
clearance-name-to-answer = Type your name in the sign-off below to answer the manual checks: each answer says who gave it.
clearance-column-verdict = Verdict
clearance-column-criterion = Criterion
clearance-column-value = Value
clearance-column-threshold = Threshold
clearance-column-trend = Trend
clearance-column-source = Source
clearance-optional = optional
clearance-answer-yes = Yes
clearance-answer-no = No
clearance-answer-none = Not answered
# The name a screen reader gives an answer button: the criterion and the answer.
clearance-answer-name = { $criterion }: { $answer ->
        [yes] yes
        [no] no
       *[none] not answered
    }
clearance-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
# One answer as the record keeps it: when, who, what.
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] yes
        [no] no
       *[withdrawn] answer withdrawn
    }
clearance-check-unnamed = unnamed
# The criterion at one visit, on hover over the trend.
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date }: { $value } ({ $verdict })
clearance-print-report = Print report (PDF)…
clearance-report-csv = Report as CSV…
clearance-report-csv-tip = the same content, for records systems
clearance-paper = Paper
clearance-paper-a4 = A4
# US Letter paper size.
clearance-paper-letter = Letter
clearance-report-wrote = Wrote { $path }
clearance-not-saved = Not saved: { $error }

## Clearance banner
clearance-banner-cleared = ✔ CLEARED
clearance-banner-cleared-override = ✔! CLEARED BY OVERRIDE
# $status: what was signed ("cleared", "not yet", ...).
clearance-banner-signed = Signed by { $clinician } on { $at }: { $status }.
clearance-banner-screening = A screening: no injury episode, so nothing to clear.
clearance-banner-not-signed = Not signed: the athlete is cleared only when a clinician signs.
clearance-banner-changed-since = Since the sign-off the criteria read "{ $summary }" (an answer or a result changed).
# $episode: the injury episode (or clearance-banner-no-episode); $source: where the template comes from.
clearance-banner-context = { $days ->
    [one] { $episode } · evaluated at the visit of { $date } · results up to { $days } day old count · template: { $source }
   *[other] { $episode } · evaluated at the visit of { $date } · results up to { $days } days old count · template: { $source }
}
clearance-banner-no-episode = no injury episode (a screening)

## Sign-off
clearance-signoff = Sign-off
clearance-signoff-newer-not-yet = ⚠ This is the visit of { $date }; a newer visit, of { $newer }, says { $status }: { $summary }. Signing this older visit goes against the newer one.
clearance-signoff-clinician = Clinician
clearance-signoff-login-tip = your login on the clinic server signs this
clearance-signoff-your-name = your name
clearance-signoff-note = Note
clearance-signoff-note-optional = optional
clearance-signoff-note-why = why you sign an evaluation whose criteria do not all pass
clearance-signoff-close-episode = Close the injury episode: cleared to return to sport on { $date }
clearance-signoff-close-episode-tip = { $episode } ends; the athlete list shows the athlete as cleared
clearance-signoff-closes-by-override = The injury episode closes with this sign-off: cleared by override on { $date }, against the evaluation ('{ $status }').
clearance-signoff-stays-open = The injury episode stays open: only signing an evaluation whose criteria all pass closes it (this one is '{ $status }').
clearance-signoff-override = Clear to return to sport anyway (override the evaluation)
clearance-signoff-override-tip = closes the episode as cleared against the criteria; the note is the reason, required, and the athlete is shown as 'cleared (override)' in the list, the reports and the sign-off history
clearance-signoff-sign-override = Sign off: clear against this evaluation ({ $status })
clearance-signoff-sign-cleared = Sign off: cleared to return to sport
clearance-signoff-sign-screening = Sign off this screening
clearance-signoff-sign-evaluation = Sign off this evaluation ({ $status })
clearance-signoff-signing = Signing…
clearance-signoff-already = Signed by { $clinician } on { $at }. A new sign-off is possible once an answer or a result changes.
clearance-signoff-enter-name = Enter your name to sign.
clearance-signoff-override-reason-needed = The reason for the override is needed (in the note).
clearance-signoff-newer-reason-needed = The reason for closing against the newer visit is needed (in the note).
clearance-signoff-note-needed = A note is needed to sign an evaluation whose criteria do not all pass.
clearance-signoff-signed-by = Signed off by { $clinician }.
clearance-signoff-earlier = Earlier sign-offs
# What a sign-off recorded: $status is the stored key; $raw the key as words for any other.
clearance-signoff-status = { $status ->
        [cleared] cleared
        [screened] screened
        [not_yet] not yet
        [incomplete] incomplete
        [all_pass] all pass
        [cleared_override] cleared by override
       *[other] { $raw }
    }
# An earlier sign-off: when, who, what was signed, with which template.
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, visit of { $visit }
clearance-signoff-override-of = Override of an evaluation that was '{ $status }'. { $note }
clearance-signoff-unknown = unknown
clearance-signoff-unreadable = The signed evaluation cannot be read.

## Template editor
clearance-editor-title = Template: { $template }
clearance-editor-copy-of = A clinic copy of '{ $template }'; the default stays available.
clearance-editor-name = Name
clearance-editor-max-age = Results count for (days)
clearance-editor-used-for = Used for
clearance-editor-required = required
clearance-editor-remove = Remove
clearance-editor-remove-tip = remove '{ $criterion }'
clearance-editor-label = Label
clearance-editor-source = Source
clearance-editor-new-criterion = New criterion
clearance-editor-add-criterion = Add criterion
# The label a new criterion starts with; $kind: a kind of criterion (clearance-kind-*).
clearance-editor-new-criterion-label = New { $kind } criterion
# The source a new criterion starts with.
clearance-editor-new-criterion-source = clinic's choice
clearance-editor-save = Save template
clearance-editor-cancel = Cancel
clearance-editor-delete = Delete template
clearance-editor-delete-tip = the clinic's copy only
clearance-editor-test = Test
clearance-editor-divided-by = divided by
clearance-editor-per-side = Per side
clearance-editor-best = best
clearance-editor-mean = mean
clearance-editor-sides = Sides
clearance-editor-each = each
# The injured side.
clearance-editor-involved = involved
clearance-editor-lsi-at-least = LSI at least (%)
clearance-editor-asymmetry-at-most = Asymmetry at most (%)
clearance-editor-quantity = Quantity
clearance-editor-at-least = At least
clearance-editor-at-least-baseline = At least (% of pre-injury)
clearance-editor-pain-at-most = Pain at most (0-10), on every test of the visit
clearance-editor-visa-h-at-least = VISA-H at least
clearance-editor-score = Score
clearance-editor-or-improving = or improving
clearance-editor-over-visits = over visits
# A ratio between $low and $high: the two fields "between" ... "and" ...
clearance-editor-between = between
clearance-editor-and = and
clearance-editor-reps-at-least = At least (reps)
clearance-editor-provocation = The provocation tests recorded at the visit are all negative.
clearance-editor-manual = Ticked by the clinician at each visit.
clearance-editor-any-of = Passes when any of these passes:
clearance-editor-first-with-data = The first of these with data decides:
clearance-editor-tests-done = Each of these tests recorded on both sides:

## Built-in templates (their names, criteria and sources)
# Citations ($citation1, $citation2: author et al. year) are published sources: keep them.
clearance-hamstring-strain-name = Hamstring strain injury
clearance-hamstring-strain-source = { $citation1 } (Delphi consensus on return to play after hamstring injury), with objective thresholds
# 90/90: hip and knee at 90°.
clearance-hamstring-strain-knee-flexion-90-lsi-label = Isometric knee flexion 90/90: LSI at least 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Isometric knee flexion, prone 0-30°: LSI at least 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; end-range testing after { $citation2 }
# Nordic: the Nordic hamstring exercise.
clearance-hamstring-strain-nordic-lsi-label = Nordic: LSI at least 90 %
clearance-hamstring-strain-nordic-strength-label = Nordic: each leg at least 337 N, or at least 100 % of the pre-injury baseline
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (soccer: < 337 N raises the risk of hamstring strain injury)
clearance-hamstring-strain-no-pain-label = No pain (0/10) during any strength test
clearance-hamstring-strain-bridge-lsi-label = Single-leg hamstring bridge: LSI at least 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; test after { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Single-leg hamstring bridge: at least 25 reps each side
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (under about 20 poor, about 25 average, over 30 good)
clearance-hamstring-strain-palpation-pain-free-label = No pain on palpation
clearance-hamstring-strain-flexibility-symmetric-label = Hamstring flexibility similar to the other side
clearance-hamstring-strain-field-tests-done-label = Sport-specific field tests completed
clearance-hamstring-strain-athlete-ready-label = The athlete feels ready
clearance-hamstring-london-2023-name = Hamstring injury, London consensus 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Isometric knee flexion 90/90: within 10 % of the pre-injury value (where one exists, else LSI at least 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Isometric knee flexion, prone 0-30°: within 10 % of the pre-injury value (where one exists, else LSI at least 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nordic: within 10 % of the pre-injury value (where one exists, else LSI at least 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Peak isometric force tested in mid and outer range (knee flexion at 90° and at 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = No apprehension
clearance-hamstring-london-2023-athlete-ready-label = The athlete's self-assessed readiness
clearance-hamstring-london-2023-sprint-loads-done-label = Sprint loads approaching game level completed
clearance-hamstring-london-2023-running-pain-mild-label = Pain with running no more than mild, and no worse 24 hours later
clearance-proximal-hamstring-tendinopathy-name = Proximal hamstring tendinopathy
clearance-proximal-hamstring-tendinopathy-source = after { $citation1 } (load progression) and { $citation2 } (pain monitoring)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Pain during loading tests at most 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 safe, 4-5 acceptable, above 5 not acceptable)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Pain the next morning no worse than before
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H improving over the last 3 visits
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); a target score is the clinic's choice
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Isometric knee flexion, prone 0-30°: LSI at least 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Isometric hip extension: LSI at least 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Provocation tests negative
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (modified bent-knee stretch: sensitivity 89 %, specificity 91 %)
clearance-glute-hip-name = Glute / hip strength
clearance-glute-hip-source = symmetry as in the hamstring criteria; hip adduction:abduction norms after { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Isometric hip abduction: LSI at least 90 %
clearance-glute-hip-hip-abduction-lsi-source = the 90 % symmetry rule of the hamstring criteria ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Isometric hip extension: LSI at least 90 %
clearance-glute-hip-hip-extension-lsi-source = the 90 % symmetry rule of the hamstring criteria ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Adduction:abduction ratio between 1.0 and 1.4 on each side
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (professional football: 1.2 ± 0.2)

## The printed report (PDF), the report's CSV text, the methods behind the numbers, and the
## Export screen. The report is made in a language chosen for it, which may differ from the app's.

## Methods: one sentence per fact, in the words of a clinical methods section

# One fact of the methods paragraph: "Onset: force more than … above the rep's baseline."
methods-sentence = { $label }: { $text }.
# A list of items: "a, b and c" ($rest is "a, b", already joined with commas).
methods-list-and = { $rest } and { $last }
# The labels that start each fact of the methods paragraph.
methods-label-analysis = Analysis
methods-label-reps = Reps
methods-label-onset = Onset
# "RFD" = rate of force development; keep the abbreviation.
methods-label-rfd = RFD
methods-label-result = Result
methods-label-asymmetry = Asymmetry
# "LSI" = limb symmetry index; keep the abbreviation.
methods-label-lsi = LSI
# "H:Q" = hamstring-to-quadriceps strength ratio; keep the abbreviation.
methods-label-hq = H:Q
# "MDC95" = minimal detectable change at 95 % confidence; keep the abbreviation.
methods-label-mdc = MDC95
methods-label-devices = Devices
methods-label-left-out = Left out
# $revision: the analysis revision number; $window: milliseconds.
methods-analysis = force-time curves analysed by ForceTrack (analysis revision { $revision }); each rep is measured from its own baseline, the quietest { $window } ms before its rise
# $floor: a force with its unit ("1 N"); $multiple: a number ("3"). SD = standard deviation.
methods-reps-auto = a rep starts when force exceeds max({ $floor }, { $multiple } × the trial's baseline SD)
# $threshold: a force with its unit.
methods-reps-fixed = a rep starts above a fixed { $threshold }
# $rule: the sentence above; $fixed: tests with their own threshold ("30 N for Isometric knee flexion 90/90").
methods-reps-with-fixed = { $rule } (a fixed { $fixed })
# $threshold: a force with its unit; $test: a test's name.
methods-threshold-for-test = { $threshold } for { $test }
methods-onset = force more than max({ $floor }, { $multiple } × the baseline SD) above the rep's baseline
# $windows: the windows in ms ("0-50, 0-100 and 0-200"); $peak: ms; $low_rate: why RFD needs a high sample rate.
methods-rfd = rate of force development over { $windows } ms from onset, peak RFD over a sliding { $peak } ms window; { $low_rate }
# $summary: which value per side is used ("best" or "mean"); $cv: a percentage number. CV = coefficient of variation.
methods-result =
    { $summary ->
        [mean] the mean peak force of the accepted reps per side feeds asymmetry and change; CV = SD / mean × 100, reps inconsistent above { $cv } %
       *[best] the best (largest) peak force of the accepted reps per side feeds asymmetry and change; CV = SD / mean × 100, reps inconsistent above { $cv } %
    }
# $formula: the formula's name; $definition: its definition; $formula_source: its citation;
# $amber and $red: percentages; $source: a citation (keep as written).
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); green below { $amber } %, amber from { $amber } %, red from { $red } % imbalance ({ $source }, published for the Nordic only; a convention for other tests)
methods-lsi = involved / uninvolved side × 100 (weaker / stronger without an injured side)
# $threshold: the clinic's threshold, or that none is set; $source and $other_source: citations (keep as written);
# $other_value: the isokinetic ratio of the other source ("0.47").
methods-hq = knee flexion / knee extension torque at 90° per side (force × lever arm); { $threshold } ({ $source }; the isokinetic { $other_value } of { $other_source } does not transfer to isometric ratios)
methods-hq-no-threshold = no threshold set
# $value: the lowest acceptable H:Q ratio ("0.6").
methods-hq-threshold = clinic threshold at least { $value }
# $value: a percentage number.
methods-mdc-percent = { $value } % of the previous result
# $value: the MDC ("60 N"); $tests: test names; $source: a citation (keep as written).
methods-mdc-for-tests = { $value } for { $tests } ({ $source })
methods-mdc-none-for-tests = none for { $tests }, whose changes are shown as measured
# $list: MDCs and their tests, separated by semicolons.
methods-mdc = the minimal detectable change; a smaller change is within measurement error: { $list }
methods-unknown-rate = an unknown rate
# $rate: a number.
methods-sample-rate = { $rate } Hz
# $device: a device's name; $about: the kind of device and its sample rate ("load cell rig, 80 Hz").
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, recorded and entered by hand
methods-device-entered-by-hand = { $device }, entered by hand (each rep's peak)
methods-reps-counted = reps counted by the clinician
# $source: a device (or "reps counted by the clinician"); $tests: the tests it measured.
methods-source-for-tests = { $source } for { $tests }
# $list: each trial left out, named (technical, may be English).
methods-left-out-trials =
    { $count ->
        [one] { $count } trial in none of these results: { $list }
       *[other] { $count } trials in none of these results: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } row in none of these results: { $list }
       *[other] { $count } rows in none of these results: { $list }
    }

## Report: the title and the athlete

report-title = Strength and return-to-sport report
# $name: the athlete; $date: the visit's date and time.
report-subtitle = { $name } · visit of { $date }
report-fact-athlete = Athlete
report-fact-date-of-birth = Date of birth
report-fact-profile = Profile
# An identifier of the athlete in another system (a club's or a records system's).
report-fact-external-id = External id
report-fact-injury = Injury
report-fact-injured-on = Injured on
report-fact-baseline = Pre-injury baseline
report-fact-cleared-on = Cleared on
report-fact-visit = Visit
# "VISA-H": the VISA questionnaire for proximal hamstring tendinopathy; keep the abbreviation.
report-fact-visa-h = VISA-H
report-fact-provocation = Provocation tests
report-fact-notes = Notes
report-dominant-leg =
    { $side ->
        [left] dominant leg left
       *[right] dominant leg right
    }
# $date: the injury's date; $days: days from the injury to this visit.
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } day before this visit)
       *[other] { $date } ({ $days } days before this visit)
    }
report-baseline-none = none recorded
report-baseline-visit = visit of { $date }
report-no-episode = no injury episode (screening)
report-visit-clinician = clinician { $name }
report-visit-body-mass = body mass { $mass } kg
# $score: 0-100; $source: a citation (keep as written).
report-visa-h-value = { $score } / 100 ({ $source })
# Clinical provocation tests of proximal hamstring tendinopathy; Puranen-Orava is an eponym.
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = bent-knee stretch
report-provocation-modified-bent-knee-stretch = modified bent-knee stretch
report-provocation-result =
    { $result ->
        [positive] { $test } positive
       *[negative] { $test } negative
    }
# $tests: the provocation tests and their results; $source: a citation (keep as written).
report-provocation-value = { $tests } ({ $source })

## Report: the results of the visit

# $unit: N, kgf or lbf.
report-results-heading = Results of this visit (forces in { $unit })
report-col-test = Test
report-col-side = Side
report-col-best = Best
report-col-mean = Mean
# "CV" = coefficient of variation; keep the abbreviation.
report-col-cv = CV
report-col-pain = Pain
report-col-asymmetry = Asymmetry
report-col-lsi = LSI
report-col-change = Change
# The asymmetry band: traffic-light colours.
report-band =
    { $band ->
        [green] green
        [amber] amber
       *[red] red
    }
# $asymmetry: "12.0 % L"; $band: the band's colour.
report-asymmetry-with-band = { $asymmetry } ({ $band })
# The earlier value was taken with another kind of device: $value with its unit, $date, $instruments (kinds of device).
report-change-other-device = other device: { $value } on { $date }, { $instruments }
report-change-first-visit = first visit
report-no-tests = No tests were recorded at this visit.
# $test: a test's name; $side: left or right.
report-test-side = { $test } { $side }
# $flags: the result's quality flags in words.
report-flag-item = { $test } { $side }: { $flags }
# $items: results with their flags, separated by semicolons.
report-read-with-care = To read with care: { $items }.
report-entered-by-hand = Entered by hand (each rep's peak typed in from the device's display; no curve metrics): { $items }.
report-note-summary =
    { $summary ->
        [mean] Best is the best rep, counts are reps; asymmetry, LSI and change use the mean per side (see the methods).
       *[best] Best is the best rep, counts are reps; asymmetry, LSI and change use the best per side (see the methods).
    }
report-note-other-device = Other device: the earlier value was taken with another kind of device or mode (its value, date and device are shown); change is compared within one kind of device only.
# $ratio: an H:Q ratio ("0.55").
report-hq-below = { $ratio } (below)
# An earlier H:Q: $date, then the left and right ratios (L = left, R = right).
report-hq-earlier-item = { $date }: L { $left } R { $right }
# $date; $left and $right: ratios; $threshold: the clinic's threshold or that none is set.
report-hq-line = H:Q (knee flexion / knee extension torque at 90°) on { $date }: left { $left }, right { $right }; { $threshold }.
report-hq-earlier = Earlier: { $items }.
# $side: left or right; $caveat: why this H:Q reads two kinds of device.
report-hq-caveat = { $side } H:Q { $caveat }.

## Report: progress over visits

report-progress-heading = Progress over visits
report-progress-legend = Left: blue circles; right: orange squares; dashed: pre-injury baseline; dotted red: published risk thresholds; solid red: the injury (lines break there); hollow: another kind of instrument than the latest values (not comparable: lines break there too); one point per day (the day's last visit).
# A chart's title: $test, $unit (N, kgf, lbf or reps).
report-chart-title = { $test } ({ $unit })
report-unit-reps = reps
# $values: threshold values; $unit; $source: a citation (keep as written).
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Thresholds: { $thresholds }
report-methods-heading = Methods

## Report: return-to-sport clearance and sign-off

# $template: the clearance template's name.
report-clearance-heading = Return-to-sport clearance: { $template }
report-status-cleared-signed = CLEARED (signed)
report-status-cleared-override-signed = CLEARED BY OVERRIDE (signed)
report-status-screening-all-pass = SCREENING: ALL CRITERIA PASS
report-status-all-pass-not-signed = ALL CRITERIA PASS (not signed)
report-status-not-yet = NOT YET CLEARED
report-status-incomplete = INCOMPLETE
# $reason: why the evaluation has its status; $date: the visit's date.
report-evaluated-at = { $reason } (evaluated at the visit of { $date })
# $source: the template's published source (keep as written); $days: how old a result may be.
report-clearance-template =
    { $days ->
        [one] Template: { $source }. Results up to { $days } day before the visit count. The athlete is cleared only when a clinician signs an evaluation whose required criteria all pass; the clinician decides.
       *[other] Template: { $source }. Results up to { $days } days before the visit count. The athlete is cleared only when a clinician signs an evaluation whose required criteria all pass; the clinician decides.
    }
report-col-verdict = Verdict
report-col-criterion = Criterion
report-col-value = Value
report-col-threshold = Threshold
report-col-source = Source
report-col-trend = Trend
report-criterion-optional = { $criterion } (optional)
# $value: the criterion's reading; $note: a note on it.
report-value-with-note = { $value } ({ $note })
# Keep the symbols +, x and ·: the trend column is written with them.
report-trend-key = Trend: the criterion at the episode's last visits, oldest first (+ pass, x fail, · no data).
# $source: a citation (keep as written).
report-ten-percent-caution = The 10 % rule deserves caution: deficits of more than 10 % were common at return to sport ({ $source }). Read the numbers and trends, not only the verdict.
report-signoff-heading = Sign-off
# $clinician; $date: date and time; $status: the sign-off's status in words.
report-signed-by = Signed by { $clinician } on { $date } with the status "{ $status }".
report-answer-yes = yes
report-answer-no = no
report-answer-withdrawn = answer withdrawn
# A manual check answered again after the sign-off: $check, $answer, $clinician, $date (date and time).
report-answer-changed = { $check }: { $answer }, by { $clinician } on { $date }
report-answers-changed = Answers changed after this sign-off (the checklist above shows what was signed): { $items }.
report-not-signed = Not signed off in ForceTrack yet.
# Lines to sign on a printed report.
report-sign-clinician = Clinician
report-sign-date = Date
report-sign-signature = Signature

## Report: each page's footer and the PDF's properties (drawn by draw.rs)

# The PDF's title in its document properties: $name (the athlete), $date (the visit's).
report-pdf-title = ForceTrack report: { $name }, { $date }
# Under every page: $name (the athlete), $date (the visit's), $made (when the report was made).
report-footer = { $name } · visit of { $date } · made by ForceTrack on { $made }
report-page-of = page { $page } of { $pages }

## Report: the CSV's text column (the column names and ids stay English)

report-csv-entered-by-hand = entered by hand
# $change: the change in words; $mdc: the minimal detectable change ("60 N").
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
# One criterion: $verdict, $criterion, $threshold; then its values and note, if any.
report-csv-criterion = { $verdict }: { $criterion }; threshold { $threshold }
report-csv-criterion-optional = { $verdict } (optional): { $criterion }; threshold { $threshold }
# A criterion's sentence followed by more about it ("…; 84.2 % (left)").
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = withdrawn
# A manual check answered again after the sign-off: $answer, $clinician, $date (date and time).
report-csv-answer-changed = { $answer }, by { $clinician } at { $date }

## The Export screen

export-heading = Export
export-kind-visit-summary = Visit summary (one row per test and side)
export-kind-history = Athlete history (one row per visit and test)
export-kind-traces = Raw traces (one CSV per trial)
export-kind-all = Everything (every table and trace, for research or another computer)
export-athlete = Athlete: { $name }
export-open-athlete-first = Open an athlete first (or export everything).
export-all-visits = all visits
export-visit = Visit
# The character between a CSV file's fields.
export-separator = Separator
export-separator-comma = comma
export-separator-semicolon = semicolon
export-separator-tab = tab
export-decimal-comma = decimal comma (1,5)
export-decimal-comma-needs-separator = a decimal comma needs another separator: choose semicolon or tab
# A byte-order mark at the start of the file: Excel then reads accents and every script right.
export-bom = Excel (UTF-8 with BOM)
export-bom-tip = Starts the file with a byte-order mark, so that Excel reads names in any script. For the visit summary and the athlete history.
export-no-visits = This athlete has no visits yet.
export-button = Export…
# $error: why (technical).
export-visits-not-read = Could not read the visits: { $error }
export-cannot-create = cannot create { $path }: { $error }
export-choose-visit = choose a visit
export-open-athlete = open an athlete first
export-wrote-rows =
    { $rows ->
        [one] Wrote { $rows } row to { $path }
       *[other] Wrote { $rows } rows to { $path }
    }
export-wrote-traces =
    { $files ->
        [one] Wrote { $files } trace file to { $path }
       *[other] Wrote { $files } trace files to { $path }
    }
# $athletes, $visits and $trials: the counts below ("12 athletes").
export-exported-all = Exported { $athletes }, { $visits } and { $trials } to { $path }
export-count-athletes =
    { $count ->
        [one] { $count } athlete
       *[other] { $count } athletes
    }
export-count-visits =
    { $count ->
        [one] { $count } visit
       *[other] { $count } visits
    }
export-count-trials =
    { $count ->
        [one] { $count } trial
       *[other] { $count } trials
    }
# What was written, then what was left out: two sentences.
export-outcome-left-out = { $written }. { $left_out }
# $list: the trials or rows left out, each named (technical, may be English).
export-left-out-trials =
    { $count ->
        [one] { $count } trial left out, damaged: { $list }
       *[other] { $count } trials left out, damaged: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } row left out, damaged: { $list }
       *[other] { $count } rows left out, damaged: { $list }
    }

## The report's choices (beside the report's buttons)

# The language the printed report is written in (a clinic may send a report to a club abroad).
export-report-language = Report language
export-report-language-tip = The report is written in this language, whatever the app's language.

## Report: text no font on this computer can print
# $char: the character; $code: its Unicode number (U+10FFFD); $place: one of the report-place-* messages.
report-unprintable = the report cannot be printed: no font on this computer has the character “{ $char }” ({ $code }) of { $place } (install a font that has it: on Debian and Ubuntu fonts-noto-core and fonts-noto-cjk; or change the text)
report-place-athlete = the athlete's name “{ $name }”
report-place-clinician = the clinician's name “{ $name }”
report-place-signer = the name of the clinician who signed “{ $name }”
report-place-page = “{ $text }” on page { $page }

## Built-in data: tests, batteries, device profiles, and the words of the model
# Text carried by built-in data is looked up by an id derived from the data's own id
# (test-<test id>-name, battery-<battery id>-name, profile-<profile id>-notes, ...).
# A clinic's own tests and a user's own device profiles keep their own words.
# Published sources (author, year) inside these texts stay as written.

## Built-in tests
# For each test: -name is its name; -position is how athlete and device are placed, shown
# before each side; -cue is said to the athlete, word for word; -lever-arm says where the
# lever arm for torque is measured ("measured from <this>"); -notes is how the test is done;
# -threshold-N is a published cut-off drawn on charts; -norm-N a published normative value.

## Test: Nordic hamstring exercise

test-nordic-name = Nordic hamstring exercise
test-nordic-position = Kneeling on the padded board, ankles in the braces above the load cells, hips extended, arms crossed or ready to catch the fall.
test-nordic-cue = Lean forward as slowly as you can, keep hips straight, resist all the way down.
test-nordic-lever-arm = knee joint line to the centre of the ankle strap
test-nordic-notes = Eccentric, both legs at once; best of 3 per leg.
test-nordic-threshold-1 = Risk, start of preseason
test-nordic-threshold-2 = Risk, end of preseason
test-nordic-threshold-3 = Risk (soccer)
# A published norm: expected peak force per leg in newtons from body mass in kg.
test-nordic-norm-1 = Expected per leg ≈ 4 × body mass + 26

## Test: Isometric knee flexion 90/90

test-knee-flexion-iso-90-name = Isometric knee flexion 90/90
test-knee-flexion-iso-90-position = Supine, hip and knee at 90°, heel on the dynamometer pad (or the fixed frame) at the distal shank.
test-knee-flexion-iso-90-cue = Pull your heel down into the pad as hard as you can, build up over a second and hold.
test-knee-flexion-iso-90-lever-arm = knee joint line to the centre of the pad
test-knee-flexion-iso-90-notes = Make test, 3 × 3-5 s holds, 30 s rest, best.

## Test: Isometric knee flexion, prone 0-30°

test-knee-flexion-iso-30-name = Isometric knee flexion, prone 0-30°
# "Reurink 2016" is a published study: keep it as written.
test-knee-flexion-iso-30-position = Prone, knee flexed 0-30° (15° as in Reurink 2016), pad at the heel.
test-knee-flexion-iso-30-cue = Bend your knee into the pad as hard as you can and hold.
test-knee-flexion-iso-30-lever-arm = knee joint line to the centre of the pad
# "Reurink et al. 2016" is a published study: keep it as written.
test-knee-flexion-iso-30-notes = End-range test used after hamstring strain (Reurink et al. 2016 tested at 15°).

## Test: Isometric posterior chain 90/20

test-ipc-90-20-name = Isometric posterior chain 90/20
test-ipc-90-20-position = Supine, heel on the force plate on a box, hip at 90°, knee at 20°; the other leg relaxed.
test-ipc-90-20-cue = Drive your heel down into the plate as hard and fast as you can and hold for 3 seconds.
test-ipc-90-20-lever-arm = hip joint centre to the heel contact
test-ipc-90-20-notes = Single leg, 3 × 3 s, best.

## Test: Isometric hip extension

test-hip-extension-iso-name = Isometric hip extension
test-hip-extension-iso-position = Prone, knee bent 90°, dynamometer on the posterior thigh just above the knee.
test-hip-extension-iso-cue = Lift your thigh up into my hand as hard as you can and hold.
test-hip-extension-iso-lever-arm = greater trochanter to the centre of the dynamometer
test-hip-extension-iso-notes = Glute max; best of 3.

## Test: Isometric hip abduction

test-hip-abduction-iso-name = Isometric hip abduction
test-hip-abduction-iso-position = Supine (or side-lying), leg straight, dynamometer 5 cm above the lateral malleolus.
test-hip-abduction-iso-cue = Push your leg out to the side into my hand as hard as you can and hold.
test-hip-abduction-iso-lever-arm = anterior superior iliac spine to the centre of the dynamometer
test-hip-abduction-iso-notes = Glute med; best of 3.
test-hip-abduction-iso-norm-1 = Professional football (eccentric)

## Test: Isometric hip adduction

test-hip-adduction-iso-name = Isometric hip adduction
test-hip-adduction-iso-position = Supine, leg straight, dynamometer 5 cm above the medial malleolus.
test-hip-adduction-iso-cue = Squeeze your leg in towards the other one as hard as you can and hold.
test-hip-adduction-iso-lever-arm = anterior superior iliac spine to the centre of the dynamometer
test-hip-adduction-iso-notes = Best of 3.
# The ratio of adduction to abduction strength.
test-hip-adduction-iso-norm-1 = Adduction : abduction ratio

## Test: Isometric knee extension 90/90

test-knee-extension-iso-90-name = Isometric knee extension 90/90
test-knee-extension-iso-90-position = Seated, hip and knee at 90°, the dynamometer fixed with a belt (or the fixed frame) at the distal shank, just above the ankle.
test-knee-extension-iso-90-cue = Kick your shin forward into the pad as hard as you can, build up over a second and hold.
test-knee-extension-iso-90-lever-arm = knee joint line to the centre of the pad at the distal shank
# "H:Q" = hamstring-to-quadriceps ratio; "Maniar et al. 2016" is a published study: keep it as written.
test-knee-extension-iso-90-notes = Make test, 3 × 3-5 s holds, 30 s rest, best. For the hamstring-to-quadriceps ratio (H:Q) with isometric knee flexion 90/90 (Maniar et al. 2016: H:Q deficits persist past return to play).

## Test: Knee flexion break test

test-knee-flexion-break-name = Knee flexion break test
test-knee-flexion-break-position = Prone, knee at 90°, dynamometer at the heel.
test-knee-flexion-break-cue = Hold your knee bent against me; don't let me straighten it.
test-knee-flexion-break-lever-arm = knee joint line to the centre of the dynamometer
# A "make test" pushes against a still device; a "break test" pushes until the examiner overcomes the athlete.
test-knee-flexion-break-notes = Break tests read 16-51 % higher than make tests: never compare the two.

## Test: Single-leg hamstring bridge

test-single-leg-bridge-name = Single-leg hamstring bridge
test-single-leg-bridge-position = Supine, heel of the tested leg on a 60 cm box, knee slightly bent, other leg vertical, arms crossed.
test-single-leg-bridge-cue = Push your heel down and lift your hips fully, every rep, until you cannot keep going.
test-single-leg-bridge-lever-arm = not applicable
test-single-leg-bridge-notes = Reps to failure, one set per side: under about 20 poor, about 25 average, over 30 good.
test-single-leg-bridge-threshold-1 = Poor
test-single-leg-bridge-threshold-2 = Good
test-single-leg-bridge-norm-1 = Average

## Built-in batteries (ordered sets of tests done in one session)

battery-hamstring-strain-name = Hamstring strain
battery-proximal-hamstring-tendinopathy-name = Proximal hamstring tendinopathy
battery-glute-hip-name = Glute / hip

## Body regions a test belongs to

region-hamstring = Hamstring
region-glute-hip = Glute / hip
# Knee extensors, tested for the hamstring-to-quadriceps ratio.
region-quadriceps = Quadriceps

## What instrument a test is done with

device-kind-hhd = handheld dynamometer
device-kind-hhd-or-fixed-frame = handheld dynamometer or fixed frame
# A rig with two load cells, one per ankle, for the Nordic hamstring exercise.
device-kind-dual-load-cell = dual load cell (Nordic rig)
device-kind-force-plate = force plate
# No device: the clinician types a count of reps.
device-kind-none = none (count entered)

## The kind of instrument a trial was measured with (results of different kinds are not compared)

device-kind-instrument-handheld = handheld dynamometer
device-kind-instrument-fixed-frame = fixed frame
device-kind-instrument-load-cell-rig = load cell rig
device-kind-instrument-force-plate = force plate

## Types of muscle action

contraction-isometric = isometric
contraction-eccentric = eccentric
# An eccentric break test: the examiner overcomes the athlete's hold.
contraction-eccentric-break = eccentric (break)
contraction-endurance = endurance

## Numbers read off a rep's force curve, beyond its peak force

test-metric-time-to-peak = Time to peak
# "RFD" = rate of force development, from onset to 100 ms; keep the abbreviation.
test-metric-rfd-100ms = RFD 0-100 ms
# The highest mean force over any 1 s of the rep.
test-metric-best-1s-mean = Best 1 s mean

## Sides (legs)

side-left = left
side-right = right
# Both legs at once (a Nordic rig records both in one trial).
side-both = both
# One-letter side labels next to asymmetry values ("12 % L").
side-left-letter = L
side-right-letter = R
side-both-letter = L+R

## An athlete's sex as recorded on the profile

model-sex-female = female
model-sex-male = male
model-sex-other = other

## Injuries

model-injury-hamstring-strain = Hamstring strain
model-injury-proximal-hamstring-tendinopathy = Proximal hamstring tendinopathy
model-injury-distal-hamstring-tendinopathy = Distal hamstring tendinopathy
model-injury-gluteal-tendinopathy = Gluteal tendinopathy
model-injury-other = Other
# Where in the hamstrings a strain is (anatomical names).
model-location-bf-long-head = biceps femoris long head
model-location-bf-short-head = biceps femoris short head
model-location-semitendinosus = semitendinosus
model-location-semimembranosus = semimembranosus
# The free tendon or the intramuscular tendon.
model-location-tendon = tendon
# A strain grade as the clinic writes it (e.g. BAMIC 2b), in an injury's short description:
# "Hamstring strain, left, grade 2, biceps femoris long head".
model-injury-grade = grade { $grade }

## A clinician's sign-off of a return-to-sport evaluation

model-signoff-status-all-pass = all pass
model-signoff-status-not-yet = not yet
model-signoff-status-incomplete = incomplete
# The clinician cleared the athlete although the evaluation did not.
model-signoff-status-override = cleared by override, against the evaluation
model-signoff-override-reason = Reason for the override: { $note }
model-signoff-note = Note: { $note }

## Built-in device profiles
# -name is the device's name (keep product names and models as written), -notes what to know
# when using it, -hint-N what an error reply to a command says about the device.

profile-mark10-name = Mark-10 Series 5/7 force gauge
# Device commands (?C, LIST, ?, D, v, UNITS), profile settings (serial.baud, parse.fields.scale, ...)
# and the names of menus and formats (Numeric Only) stay as written.
profile-mark10-notes = Polled with ?C at 50 Hz; the unit is read from the gauge (LIST) when it connects. Set the gauge to 115200 baud (or change serial.baud) and leave its menu (it answers only from the main screen). Tension reads negative.
# Why the gauge refused a command; '?' and *10 are what the gauge understands and answers: keep them.
profile-mark10-hint-1 = this looks like a Mark-10 Series 4 gauge, which knows only '?' and answers other commands *10
profile-mark10-hint-2 = this looks like a Mark-10 Series 4 gauge, which knows only '?' and answers other commands *10
profile-mark10-series4-name = Mark-10 Series 4 force gauge
profile-mark10-series4-notes = Polled with ? at 20 Hz. The gauge must send its unit (data format with units, not Numeric Only). It has no zero command: ForceTrack tares in software. Tension reads negative.
profile-chronojump-force-sensor-name = Chronojump force sensor (Arduino + HX711)
profile-chronojump-force-sensor-notes = The board resets when the port opens: ForceTrack waits 3 s before the handshake. Each command is answered about 1 s after it is sent.
profile-chronojump-force-platform-name = Chronojump force platform, 4 load cells (binary)
profile-chronojump-force-platform-notes = Counts times parse.fields.scale give newtons: the firmware does not send its calibration, so calibrate the scale of each cell for your platform. Each command is answered about 1 s after it is sent.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Streams from power on; the board resets when the port opens (about 1.5 s of silence). Tare with the board's menu, or let ForceTrack tare in software. Firmware 1.2 line format.
profile-loadstar-di1000u-name = Loadstar DI-1000U load cell interface
profile-loadstar-di1000u-notes = High-speed models may need 230400 baud. The unit comes from the UNITS reply; an unknown unit stops the connection with its name.
profile-imada-dst-name = Imada DST/DSV force gauge
profile-imada-dst-notes = Polled with D at 20 Hz. USB models: set serial.baud = 256000 and serial.flow_control = "hardware".
profile-nextech-dfs-name = Nextech DFS/DFT force gauge
profile-nextech-dfs-notes = Polled with v at 20 Hz. Unconfirmed: the reply format is not published; check the readings against a known weight.
profile-generic-1ch-name = Generic 1-channel CSV stream (time_us,force)
profile-generic-1ch-notes = Lines `time_us,force` in newtons; lines starting with # are ignored.
profile-generic-2ch-name = Generic 2-channel CSV stream (time_us,left,right)
profile-generic-2ch-notes = Lines `time_us,left,right` in newtons; lines starting with # are ignored.
profile-dual-force-plate-name = Dual force plate, 4 load cells per plate
profile-dual-force-plate-notes = Up to 2000 samples/s; 2000000 baud (USB CDC boards ignore the baud rate).
profile-demo-dynamometer-name = Demo dynamometer
profile-demo-dynamometer-notes = A simulated athlete; no hardware needed.
profile-demo-nordic-rig-name = Demo Nordic rig
profile-demo-nordic-rig-notes = A simulated athlete; no hardware needed.
profile-demo-force-plate-name = Demo force plate
profile-demo-force-plate-notes = A simulated athlete; no hardware needed.

# A device's error reply explained by its profile, with the profile to choose instead
# ($hint is one of the -hint-N texts above; $profile and $current are profile ids).
profile-hint-choose = { $hint }: choose the profile '{ $profile }' instead of '{ $current }'

## Problems with typed values, shown beside a form's field (and said by the command line)

problem-given-name-needed = a given name is needed
problem-family-name-needed = a family name is needed
# $code is a Unicode code point such as U+0009.
problem-name-control-character = the name holds the control character { $code }
problem-name-empty = the name is empty
# $codes lists the code points the name holds: "U+200B, U+200C, ...".
problem-name-invisible = the name has no visible character (only { $codes })
problem-date-in-future = { $date } is in the future
problem-date-before-year = { $date } is before { $year }
problem-date-before-birth = { $date } is before the date of birth
problem-cleared-before-injury = the cleared date { $cleared } is before the injury date { $injury }
problem-dominant-leg = the dominant leg is left or right
problem-body-mass = { $mass } kg is not a plausible body mass (between { $min } and { $max } kg)
problem-lever-arm = a lever arm of { $value } m is not plausible (above 0, at most 2 m)
# $unit is a force unit symbol (N, kgf, lbf); $max the largest force in that unit.
problem-peak-force = { $value } { $unit } is not a peak force (above 0, at most { $max })
problem-recording-force = a force of { $value } N is beyond any device's range (at most { $max } N)
# The analysis takes a recording's first $baseline seconds as its baseline.
problem-recording-too-short = { $samples ->
        [one] { $samples } sample
       *[other] { $samples } samples
    } over { $duration } s is too short to analyse: a recording needs at least { $min_samples } samples over { $min_duration } s (its first { $baseline } s are the baseline)
# $hint is how a date is typed in the app's date order (DD.MM.YYYY, ...); $example a date in it.
problem-not-a-date = '{ $text }' is not a date: type it as { $hint }, e.g. { $example }
problem-not-a-number = '{ $text }' is not a number: type one, e.g. { $example }

## Built-in tests: where each MDC95 default comes from
# test-<test id>-mdc-source names the published study a built-in test's MDC95 default
# (minimal detectable change) comes from, with what it measured. Shown in Settings' MDC list,
# beside the history's progress chart, in the session summary and in the report.
# Keep the citation (authors, "et al.", year), device names, abbreviations (MDC, MDC95, ICC, CV,
# HHD = handheld dynamometer) and every figure as published; translate only the words.

# "Opar et al. 2013" is a published study, "NordBord" a device: keep both, and the figures, as written.
test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
# "Wollin et al. 2016" is a published study: keep it and the figures as written; translate the words.
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (isometric knee flexion, fixed HHD: MDC 12.9-14.0 %)
# "Wollin et al. 2016" is a published study: keep it and the figures as written; translate the words.
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (isometric knee flexion, fixed HHD: MDC 12.9-14.0 %)
# "McCall et al. 2015" is a published study: keep it and the formula as written ("CV" = coefficient of variation).
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
# "Thorborg et al. 2010" is a published study: keep it and the figures as written; translate the words.
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (hip extension HHD: between-session variation < 8 %)
# "Thorborg et al. 2010" is a published study: keep it and the figures as written; translate the words.
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (hip abduction HHD: between-session variation < 5-6 %)
# "Thorborg et al. 2010" is a published study: keep it and the figures as written; translate the words.
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (hip adduction HHD: between-session variation < 5-6 %)

## Analysis: asymmetry, metrics, quality flags, results typed in by hand

## Asymmetry formulas (a clinic setting; named in results, history, settings and the report)

asym-formula-percent-difference = Percent difference
# LSI: involved side / uninvolved side × 100
asym-formula-lsi = Limb symmetry index
asym-formula-symmetry-index = Symmetry index
asym-formula-symmetry-angle = Symmetry angle
# R = right, L = left
asym-formula-ratio = Ratio R/L

# Each formula written out. R = right leg, L = left leg; "stronger" and "weaker" are the legs;
# $half is the number 0.5 written with the decimal separator in use.
asym-definition-percent-difference = (stronger - weaker) / stronger × 100, with the weaker side
# "involved" = the injured leg, "uninvolved" = the other one
asym-definition-lsi = involved / uninvolved × 100 (weaker / stronger with no injured side)
asym-definition-symmetry-index = (R - L) / ({ $half } (R + L)) × 100
asym-definition-symmetry-angle = (45° - atan(L/R)) / 90° × 100
asym-definition-ratio = R / L

# Where a formula comes from, for the two that have no citation. RTS = return to sport: its
# criteria are written as a limb symmetry index.
asym-source-lsi = limb symmetry index (RTS criteria are written in it)
asym-source-ratio = right / left

# A formula to choose in Settings: its name and its definition
asym-formula-with-definition = { $formula } — { $definition }

# The asymmetry note of a report: "Percent difference = (stronger - weaker) / stronger × 100,
# with the weaker side (Vagenas & Hoshizaki 1992)"; $source is a citation or an asym-source-* text.
asym-note = { $formula } = { $definition } ({ $source })

## Asymmetry values

# A percent difference and the weaker leg's letter: "12.0 % L"
asym-value-weaker = { $value } % { $side }
# A signed asymmetry and the letter of the leg it favours: "+9.5 % (R stronger)"
asym-value-stronger = { $value } % ({ $side } stronger)

## Where the asymmetry bands come from

# $source is a citation (keep as written); RR = relative risk of a hamstring strain; $amber and
# $red are percentages of imbalance, $amber_rr and $red_rr the relative risks at them.
asym-bands-source-nordic = { $source }: Nordic imbalance >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rugby union)
# For a page of several tests: the bands were published for the Nordic hamstring exercise only.
asym-bands-source-all-tests = published for the Nordic only ({ $source }: imbalance >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rugby union); for other tests the same bands are a convention
asym-bands-source-other-test = no published risk band for this test: the bands are a convention (taken from Nordic imbalance, { $source })

## Metrics of a rep

analysis-metric-peak-force = Peak force
analysis-metric-time-to-peak = Time to peak
# RFD = rate of force development, from the onset over the first $window milliseconds
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = Peak RFD
analysis-metric-impulse = Impulse
analysis-metric-best-1s-mean-force = Best 1 s mean force

## What a rep's quality flag means (a tooltip beside the flag's few words)

flag-explain-noisy-baseline = baseline noise above 5 % of peak force
flag-explain-not-sustained = mean force below 75 % of peak: the hold was not sustained
flag-explain-clipped = 3 or more samples at the device maximum: the peak may be cut off
# "exponential model": the curve fitted to the rise of force
flag-explain-poor-fit = exponential model error above 5 % of mean force
flag-explain-fit-failed = the rise does not follow an exponential model
# $window is a number of seconds (0.5)
flag-explain-baseline-from-trial-start = no quiet { $window } s before the rise: the baseline is the first { $window } s of the trial
flag-explain-low-sample-rate = sampled below 200 Hz: RFD 0-50 ms and peak RFD span few samples and are coarse

## Results typed in by hand: what keeps them from being saved

# $test is the test's id as given
entered-no-such-test = no test '{ $test }' in the test library
entered-count-test = { $test } is measured by a count of reps, not by peak force
entered-one-leg-at-a-time = { $test } is tested one leg at a time: enter each leg on its own (left or right)
# "side both": the side named "both" (both legs at once)
entered-right-peaks-one-leg = right-leg peaks are for a test of both legs at once (side both)
entered-device-not-named = the device is not named
# $code is a Unicode code point such as U+0009.
entered-device-name-control-character = the device's name holds the control character { $code }
entered-device-name-empty = the device's name is empty
# $codes lists the code points the name holds: "U+200B, U+200C, ...".
entered-device-name-invisible = the device's name has no visible character (only { $codes })
entered-device-name-too-long = { $max ->
        [one] the device's name is longer than { $max } character
       *[other] the device's name is longer than { $max } characters
    }
entered-no-peak-left = no peak entered for the left leg
entered-no-peak-right = no peak entered for the right leg
entered-no-peak = no peak entered
entered-pain-range = pain is scored 0-10
entered-date-in-future = the date { $date } is in the future
entered-date-before-year = the date { $date } is before { $year }

## Device and acquisition: the link's state, what the device said, missing readings, the
## recording's journal, serial ports and device profiles, the demo devices

## The link's state (the pill in the status bar and the device panel)

link-state-connecting = connecting
link-state-connected = connected
# Samples are arriving from the device.
link-state-streaming = streaming
# $reason: why the device was lost, e.g. "no data for 2.0 s" or "the port closed".
link-state-disconnected = disconnected: { $reason }
# $attempt: which attempt to reconnect this is (1, 2, ...); $seconds: how long until it is made.
link-state-reconnecting = reconnecting (attempt { $attempt }, in { $seconds } s)
# $reason: why the device cannot be used, e.g. "the device refused 'LIST': *10 invalid command".
link-state-error = error: { $reason }
# The link to the device ended (disconnected, or lost for good).
link-state-closed = closed

## Why the link to the device was lost

# $error: the system's words (technical).
link-write-failed = write failed: { $error }
link-read-failed = read failed: { $error }
link-port-closed = the port closed

## Lines from the device that were not samples (the status bar's hover)

# $reason: one of the link-rejected-* reasons below; $text: the line as the device sent it, or
# what was wrong with its time.
link-rejected = { $reason }: { $text }
link-rejected-garbage = unrecognised line
link-rejected-overlong = line too long
link-rejected-unknown-unit = unknown unit
# Bytes that are not text where the device should send text.
link-rejected-not-text = not text
# A binary device: bytes that do not form one of its frames.
link-rejected-bad-frame = bytes outside a frame
link-rejected-incomplete = incomplete at end of stream
link-rejected-no-unit = value without a unit
link-rejected-time-jump = device time jumped
# A reading whose time stamp was ahead of the readings around it; $seconds: that time.
link-rejected-time-ahead = a time { $seconds } s ahead of the stream, then back
# $time: the device's time stamp as it sent it; $step: how far it jumped, with its sign ("+12.500").
link-rejected-time-jumped = time { $time } jumped by { $step } s

## The device session: commands the device did not answer, or refused

# $command: what was sent to the device (keep it as is); $seconds: the wait; $expected: the
# reply expected (a pattern, technical).
device-session-no-reply-within = no reply to '{ $command }' within { $seconds } s (expected { $expected })
device-session-no-data-within = no data within { $seconds } s
device-session-no-data-for = no data for { $seconds } s
# $error: the device's error code and, when the profile knows it, what it means ("*10 invalid command").
device-session-refused = the device refused '{ $command }': { $error }
# $hint: what the refusal says about the device, and the profile to choose instead.
device-session-refused-hint = the device refused '{ $command }': { $error }; { $hint }
# What a device's error code means, then what it says about the device.
device-session-meaning-hint = { $meaning }; { $hint }
# $unit: the unit as the device wrote it; $profile: the device profile's id.
device-session-unit-refused = the device reports its unit as '{ $unit }', which the profile '{ $profile }' does not list

## The connected device (the device panel: tare, the device's messages)

acq-tared-by-device = tared by the device
acq-tared-in-software = tared in software (the device has no tare command)
acq-not-tared = not tared: no readings yet to tare on
# $code: the device's error code, e.g. "*10".
acq-device-error = device error { $code }
# $meaning: what the code means, from the device's profile.
acq-device-error-meaning = device error { $code }: { $meaning }
# $command: what was sent to the device (keep it as is).
acq-no-reply = no reply to '{ $command }'
# A recording that ended because the device was lost. $state: the link's state (one of the
# link-state-* messages); $seconds: how far the recording had got.
acq-device-lost-at = { $state } at { $seconds } s

## The journal: a recording's samples kept in the database while it is made (the status bar's
## hover, and a trial that could not be saved)

# $error: technical.
acq-journal-cannot-open = cannot open the journal: { $error }
acq-journal-database-not-opened = the database could not be opened
acq-journal-cannot-start = cannot start the journal: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } sample had no journal to go to
       *[other] { $count } samples had no journal to go to
    }
acq-journal-cannot-discard = cannot discard a recording: { $error }
acq-journal-write-failed = journal write failed: { $error }
acq-journal-not-in-journal = this recording is not in the journal
acq-journal-cannot-save = cannot save the trial: { $error }

## Readings the device sent that are missing (the status bar's hover, a trial's notes)

# $number: the count as written ("1,713"); $count: the same, to choose the plural; $basis: how
# that is known, one or more of the readings-basis-* phrases.
readings-missing =
    { $count ->
        [one] { $number } reading the device sent is missing: { $basis }
       *[other] { $number } readings the device sent are missing: { $basis }
    }
# The same, when the count is an estimate (from the device's clock or damaged lines).
readings-missing-about =
    { $count ->
        [one] about { $number } reading the device sent is missing: { $basis }
       *[other] about { $number } readings the device sent are missing: { $basis }
    }
# $seconds: the time the gaps span in all; $number (and $count): the readings that were due in them.
readings-basis-clock =
    { $count ->
        [one] the device's clock shows gaps of { $seconds } s in all where { $number } was due
       *[other] the device's clock shows gaps of { $seconds } s in all where { $number } were due
    }
# Lines (or binary frames) from the device that were damaged where a reading was due.
readings-basis-damaged =
    { $count ->
        [one] { $number } damaged line where readings were due
       *[other] { $number } damaged lines where readings were due
    }
# Readings the program decoded but could not pass on in time (it fell behind).
readings-basis-undelivered =
    { $count ->
        [one] { $number } decoded but not delivered in time
       *[other] { $number } decoded but not delivered in time
    }
# Joins two of the readings-basis-* phrases ($next may itself be joined).
readings-basis-join = { $first }; { $next }

## Serial ports and device profiles (the device panel, Settings)

# $error: the system's words (technical).
port-info-cannot-list = cannot list serial ports: { $error }
# $port: the port's path; $profiles: profile ids, each in quotes, separated by commas; $usb: the
# USB id (vendor:product); $first: the profile offered first.
port-info-profiles-share-usb-id = { $port }: profiles { $profiles } all match its USB id { $usb }; '{ $first }' is offered first (the first listed): choose the one for the device plugged in
# A profile file left out because another has its id. $id: the profile id; $used, $unused: where
# each comes from (a file's path, or port-info-built-in-profile); $why: one of the
# port-info-shadowed-* reasons.
port-info-profile-shadowed = profile '{ $id }': { $used } is used, not { $unused } ({ $why })
# $name: the device's name.
port-info-built-in-profile = the built-in profile '{ $name }'
port-info-shadowed-demo = the demo devices always use their built-in profiles: give this one another id
# A "devices folder" is a folder of the clinic's own device profiles.
port-info-shadowed-replaces-built-in = a profile in a devices folder replaces the built-in one with its id
port-info-shadowed-same-folder = two files in one folder have this id; the last by file name is used: give one another id
# $later, $earlier: two devices folders.
port-info-shadowed-read-after = { $later } is read after { $earlier }
# $id, $profile: profile ids.
port-info-hint-profile-missing = profile '{ $id }': a hint names the profile '{ $profile }', which is not loaded
# $usb: the USB id (vendor:product); $profiles: the profile ids in quotes, joined with
# port-info-and; $first: the profile offered first.
port-info-usb-id-claimed = USB id { $usb } is claimed by { $profiles }: a port with it offers '{ $first }' first; choose the one for the device plugged in
# Adds a name to a list: "'openscale' and 'my_scale'".
port-info-and = { $list } and { $next }

## The demo devices

# $file: a file name (keep it as is).
demo-device-no-profile = no shipped profile devices/{ $file }
# $error: technical.
demo-device-cannot-start = the demo device could not start: { $error }
demo-device-failed = the demo device failed

## The clinic's record: what a save refused, a row that cannot be read, a database or a clinic
## server that cannot be used says on screen, and a few small pieces of the app (the athlete
## list's return-to-sport column)
# These sentences start in lower case: the screens often show them after words of their own
# ("Not saved: ...", "The clinic could not be opened: ..."). Paths, SQL errors, what a damaged
# cell holds and what the server itself said arrive in English, in $detail.

## What a visit holds

# How many trials a visit holds, with each test and its number of trials in $tests:
# "Isometric knee flexion 90/90 (4), Nordic hamstring exercise (3)". Shown inside other
# sentences ("Its visit holds 7 trials: ...", "Deleted the visit of ... with its 7 trials: ...").
store-trials = { $count ->
    [0] no trials
    [one] { $count } trial: { $tests }
   *[other] { $count } trials: { $tests }
}

## A save refused: someone changed the same record meanwhile
# Another computer (or another window) saved the same record since this form opened it; the
# form keeps what was typed. $what says which record: athlete, injury-episode (an injury
# episode), visit, setting (the clinic's result settings), clearance-template (a
# return-to-sport checklist template). $login: the clinic server login of whoever changed it;
# $when: the date and time of their change.

conflict-changed-by-at =
    not saved: { $what ->
        [athlete] this athlete
        [injury-episode] this injury episode
        [visit] this visit
        [setting] this setting
        [clearance-template] this clearance template
       *[other] this record
    } was changed by { $login } at { $when } since you opened it. Your input is kept here; look at their change (cancel, then open it again) and make yours again
conflict-changed-by =
    not saved: { $what ->
        [athlete] this athlete
        [injury-episode] this injury episode
        [visit] this visit
        [setting] this setting
        [clearance-template] this clearance template
       *[other] this record
    } was changed by { $login } since you opened it. Your input is kept here; look at their change (cancel, then open it again) and make yours again
conflict-changed-at =
    not saved: { $what ->
        [athlete] this athlete
        [injury-episode] this injury episode
        [visit] this visit
        [setting] this setting
        [clearance-template] this clearance template
       *[other] this record
    } was changed by someone else at { $when } since you opened it. Your input is kept here; look at their change (cancel, then open it again) and make yours again
conflict-changed =
    not saved: { $what ->
        [athlete] this athlete
        [injury-episode] this injury episode
        [visit] this visit
        [setting] this setting
        [clearance-template] this clearance template
       *[other] this record
    } was changed by someone else since you opened it. Your input is kept here; look at their change (cancel, then open it again) and make yours again

## The clinic's database cannot be used, or a row in it cannot be read
# $path: a folder or file; $detail: the technical reason, in English.

store-error-data-dir = cannot create the data folder { $path }: { $detail }
store-error-open = cannot open the database { $path }: { $detail }
# $backups: the folder of the database's backups.
store-error-damaged = the database { $path } is damaged ({ $detail }). Copy it somewhere safe, then restore the newest backup from { $backups }
# $found and $known: schema versions (numbers).
store-error-too-new = the database { $path } was written by a newer ForceTrack (schema { $found }; this program knows up to { $known })
store-error-backup = cannot back up the database to { $path }: { $detail }
# A record that is not (or no longer) in the clinic's database, e.g. removed on another computer.
# $what: which kind of record (athlete, injury-episode, visit, deleted-visit, trial,
# journal-recording: a recording kept on this computer); $id: its number.
store-error-not-found = { $what ->
        [athlete] athlete
        [injury-episode] injury episode
        [visit] visit
        [deleted-visit] deleted visit
        [trial] trial
        [journal-recording] journal recording
       *[other] record
    } { $id } does not exist
store-error-corrupt = stored data cannot be read: { $detail }
# $trial: a trial's number.
store-error-damaged-samples = trial { $trial }: its stored samples are damaged ({ $detail })
# A stored row with a cell this program cannot read. $what: which kind of row; $id: its number
# (or a setting's key); $column: the cell's column name (keep it as it is); $detail: what was
# expected and what was found, in English.
store-error-damaged-row = { $what ->
        [athlete] athlete
        [injury-episode] injury episode
        [visit] visit
        [trial] trial
        [sign-off] sign-off
        [manual-check-answer] manual check answer
        [setting] setting
        [clinic-defined-test] clinic-defined test
        [clinic-defined-battery] clinic-defined battery
        [clinic-defined-clearance-template] clinic-defined clearance template
       *[other] row
    } { $id }: its '{ $column }' cell is not valid ({ $detail })
# A trial whose stored force samples cannot be decoded (found by the database check).
# $trial and $athlete: numbers; $date: the visit's date.
store-damaged-trial = trial { $trial } (athlete { $athlete }, visit of { $date }): its stored samples are damaged ({ $detail })
# The database is busy: another program or window holds it for writing. $detail: SQLite's words.
store-error-busy = database error: { $detail }
# The disk (or the database's size limit) is full. $detail: SQLite's words.
store-error-disk-full = database error: { $detail }
# Any other database error. $detail: the database's own words.
store-error-database = database error: { $detail }
# A statement failed on the clinic server. $problem: one of the server-error-* texts below
# (e.g. "the connection was lost") or what the server said.
store-error-server = database error: { $problem }
store-error-offline = database error: the clinic server cannot be reached

## The clinic server: why this computer cannot use it
# Shown in Settings → Clinic server after "Test the connection", on the first screen, and
# wherever a save fails. Keep addresses, "postgresql://LOGIN@HOST/DATABASE", "sslmode=...",
# "?sslrootcert=FILE", "~/.pgpass", "PGPASSWORD" and "TLS" as they are. "CA certificate" is the
# certificate of the authority that signed the server's certificate.

# $address: the address as typed.
server-error-not-an-address = '{ $address }' is not a clinic server address: write it as postgresql://LOGIN@HOST/DATABASE
# $mode: what was written after sslmode=.
server-error-sslmode = sslmode={ $mode } is not known: leave it out (TLS, the certificate checked) or write sslmode=disable
server-error-address-unreadable = the clinic server address '{ $address }' cannot be read: { $detail }
server-error-address-no-database = the clinic server address '{ $address }' names no database
# $host: the server's host name or address.
server-error-needs-ca-file = the clinic server { $host } is on another computer: give its CA certificate file (?sslrootcert=FILE in the address) so that its certificate can be checked; only a clinic that turns TLS off (sslmode=disable) goes without
# $file: the CA certificate file's path.
server-error-ca-file = the server's CA certificate file { $file }: { $detail }
server-error-ca-file-empty = the server's CA certificate file { $file }: it holds no certificate
# A connection that failed: $server is the server's address, $problem one of the texts below
# ("refused the connection (...)", "wrong password for this login", ...).
server-error-connection = the clinic server { $server }: { $problem }
# What went wrong with a connection; the server is the subject ("the clinic server X: refused the connection").
server-error-wrong-password = wrong password for this login
# $detail: what the server said.
server-error-login-refused = the server does not let this login in ({ $detail })
server-error-no-such-database = no such database ({ $detail })
server-error-not-allowed = this login may not do that ({ $detail })
server-error-changed-meanwhile = another station changed the same rows at the same moment; try again
# $detail: why the certificate was refused, in English.
server-error-certificate = its certificate was not accepted ({ $detail })
server-error-refused = refused the connection (no database server listens at that address and port)
server-error-no-answer = cannot be reached (no answer in 5 s)
server-error-no-such-host = cannot be reached (no such host or socket)
# $detail: the network's own words, in English.
server-error-unreachable = cannot be reached ({ $detail })
server-error-password-missing = asks for a password: put it in the PostgreSQL password file (~/.pgpass) or PGPASSWORD
server-error-connection-lost = the connection was lost
# The server's record and this program are of different schema versions. $server: the server's
# address; $found and $known: schema versions (numbers); $command: a command to type, as it is.
server-error-no-record = the clinic server { $server } has no ForceTrack record yet: create it once with `{ $command }` (on an empty database)
server-error-older = the clinic server { $server } holds schema version { $found } and this ForceTrack uses { $known }: the server is older. Close ForceTrack on every station, then upgrade the server once with `{ $command }`, and update the other stations
server-error-newer = the clinic server { $server } holds schema version { $found }, newer than this ForceTrack's { $known }: it was upgraded by a newer ForceTrack. Install that version on this station

## The athlete list's return-to-sport column
# An open injury episode whose required criteria do not all pass: its status, then $counts, how
# many criteria fail or have no data ("2 of 10 fail"). $status: not_yet (a required criterion
# fails) or incomplete (none fails, but one has no data).
clinic-rts-status = { $status ->
        [not_yet] ✖ not yet
        [incomplete] ⚠ incomplete
       *[other] ✔ all criteria pass
    } · { $counts }

## Built-in tests: the unit of a count threshold

# The unit of a count threshold of a built-in test ("20 reps"); $count selects the plural.
test-unit-reps =
    { $count ->
        [one] rep
       *[other] reps
    }
