# ForceTrack: las palabras que lee el profesional, en español (traducción del catálogo inglés).
#
# Mismos identificadores y variables que i18n/en/forcetrack.ftl (tests/catalogues.rs).
# Español neutro (España y Latinoamérica): "este equipo" y no "ordenador/computadora",
# "archivo" y no "fichero", "deportista" (común en cuanto al género) por "athlete",
# "profesional" por "clinician", botones en infinitivo ("Guardar"), trato de usted.
# Términos: véase i18n/es/glossary.md.

## Idiomas (cada uno en su propio idioma, en Configuración)

language-en = English
language-es = Español
language-de = Deutsch
language-fr = Français
language-pt-PT = Português (Portugal)
language-pt-BR = Português (Brasil)
language-it = Italiano

## La aplicación: abrir una clínica, avisos, la barra superior, la primera pantalla, Configuración,
## el servidor de la clínica, registros que un cierre inesperado dejó sin terminar.

## Abrir una clínica y los avisos de la aplicación

app-prefs-ignored = preferencias ignoradas ({ $detail })
app-prefs-cannot-create-folder = no se puede crear { $folder }: { $error }
app-prefs-cannot-write = no se puede escribir { $file }: { $error }
app-prefs-cannot-save = no se pueden guardar las preferencias: { $error }
app-server-setting-not-used = No se usa el servidor de la clínica indicado en Configuración: { $error }
app-device-lost-recording-kept = { $reason }: se conserva el registro hasta ese momento
app-recording-max-length = El registro alcanzó su duración máxima y se detuvo.
app-opening-demo = Abriendo la clínica de demostración…
app-opening-clinic = Abriendo la clínica…
app-opening-detail = { $folder }: comprobando y, si es necesario, actualizando la base de datos
app-stop-recording-before-switching = Detenga el registro antes de cambiar de clínica: se guarda en esta.
app-device-stays-connected = { $device } sigue conectado.
app-demo-not-made = No se pudo crear la clínica de demostración: { $error }
app-damaged-samples = La comprobación de la base de datos encontró muestras dañadas, excluidas de todos los resultados: { $list }. Restaure una copia de seguridad para recuperarlas.
app-rows-left-out = Filas almacenadas que no se pueden leer, excluidas de todas las listas y resultados: { $list }. Restaure una copia de seguridad para recuperarlas.

## Retorno al deporte en la lista de deportistas (al pasar el puntero): los criterios obligatorios que no se cumplen

app-criterion-fail = ✖ no cumple: { $criterion } (requiere { $needs })
app-criterion-fail-value = ✖ no cumple: { $criterion }: { $value } (requiere { $needs })
app-criterion-no-data = ? sin datos: { $criterion } (requiere { $needs })
app-red-band = { $test } { $date }: asimetría { $asymmetry } (rojo)

## La barra superior

nav-athletes = Deportistas
nav-athletes-tip = todos los deportistas
nav-athlete = Deportista
nav-athlete-tip = perfil, lesiones y visitas del deportista
# "Test" (ejecutar una sesión de pruebas): "Evaluación", como se dice en fisioterapia deportiva.
nav-test = Evaluación
nav-test-tip = realizar una sesión de evaluación
nav-history = Historial
nav-history-tip = evolución entre visitas y curvas registradas
# "Clearance": el alta para el retorno al deporte ("alta deportiva").
nav-clearance = Alta
nav-clearance-tip = lista de criterios de retorno al deporte
nav-export = Exportar
nav-export-tip = CSV para hojas de cálculo e investigación
nav-settings = Configuración
nav-settings-tip = unidades, fórmulas, umbrales, dispositivos
nav-light = ☀ Claro
nav-dark = 🌙 Oscuro
nav-theme-tip = alternar entre tema claro y oscuro
nav-open-my-clinic = Abrir mi clínica
nav-open-my-clinic-tip = salir de la clínica de demostración
nav-open-demo = Abrir la clínica de demostración
nav-open-demo-tip = una clínica aparte con deportistas de ejemplo
nav-choose-athlete-first = Elija primero un deportista.

## La primera pantalla

welcome-tagline = Evaluación de la fuerza de isquiotibiales y glúteos, historial y retorno al deporte
welcome-open-failed = No se pudo abrir la clínica: { $error }
welcome-explore-demo = Explorar la clínica de demostración
welcome-demo-description = Seis deportistas de ejemplo con meses de visitas, en una base de datos propia. Los dispositivos de demostración no necesitan hardware.
welcome-retry-server = Volver a intentar con el servidor de la clínica
welcome-clinic-on-server = La clínica de este equipo está en el servidor de la clínica { $server }.
welcome-use-this-computer = Usar la base de datos de este equipo
welcome-use-this-computer-description = La clínica propia de este equipo (el servidor de la clínica se puede volver a elegir en Configuración, Servidor de la clínica).
welcome-start-my-clinic = Crear mi clínica
welcome-start-description = Una clínica vacía para sus propios deportistas. Puede cambiar entre las dos en cualquier momento.
welcome-record-on-server = Los datos de la clínica están en su servidor; los registros se guardan primero en este equipo.
welcome-stays-here = Todo se queda en este equipo.

## Configuración

settings-title = Configuración
settings-not-saved-problems = No guardado: { $problems }.
settings-not-saved-error = No guardado: { $error }
settings-saved = Configuración de la clínica guardada.
settings-save = Guardar configuración de la clínica
settings-discard = Descartar cambios
settings-unsaved-bar = ⚠ Aún sin guardar, y sin aplicar hasta que se guarden: { $changes }

## Configuración: salir con cambios sin guardar

settings-unsaved-title = La configuración de la clínica no está guardada
settings-unsaved-changed = Cambios: { $changes }.
settings-unsaved-explain = No se aplican en ningún sitio (resultados, informes, otros equipos) hasta que se guarden.
settings-save-and-leave = Guardar y salir
settings-leave-without-saving = Salir sin guardar
settings-stay = Seguir en Configuración

## Configuración: qué ha cambiado (se enumera en los dos mensajes anteriores)

settings-change-formula = fórmula de asimetría { $formula } (antes { $was })
settings-change-summary = valor por lado { $value ->
        [best] mejor repetición
       *[mean] media de las repeticiones
    } (antes { $was ->
        [best] mejor repetición
       *[mean] media de las repeticiones
    })
settings-change-bands = bandas de color: ámbar desde { $amber } %, rojo desde { $red } %
settings-change-hq = H:Q mínima aceptable { $hq }
settings-change-no-hq = sin H:Q mínima aceptable
settings-change-mdc = MDC de { $tests }
settings-change-other = otros ajustes de la clínica

## Configuración: visualización (este equipo)

settings-display = Visualización (este equipo)
settings-language = Idioma
settings-language-tip = el idioma de ForceTrack en este equipo
settings-language-unavailable-tip = aún sin traducir
settings-decimal-separator = Separador decimal
settings-decimal-point-tip = punto decimal
settings-decimal-comma-tip = coma decimal
settings-decimal-separator-tip = cómo se escriben los números en pantalla y en los informes
settings-date-order = Orden de la fecha
settings-date-order-tip = cómo se escriben las fechas en pantalla y en los informes
settings-date-order-ymd = { $today } (año-mes-día)
settings-date-order-dmy = { $today } (día/mes/año)
settings-date-order-dmy-dots = { $today } (día.mes.año)
settings-date-order-mdy = { $today } (mes/día/año)
settings-force-unit = Unidad de fuerza
settings-dark = Tema oscuro
# "Countdown": "tiempo previo", neutro entre "cuenta atrás" (España) y "cuenta regresiva" (Latinoamérica).
settings-countdown = Tiempo previo al registro (s)
settings-renderer = Renderizador
settings-renderer-in-use = { $renderer } dibuja esta ventana
settings-renderer-next = { $renderer } dibuja esta ventana; { $next } a partir del próximo inicio
settings-renderer-tip = glow es el predeterminado: en la mayoría de los equipos es el que dibuja más rápido la vista en directo. --renderer lo sustituye durante un inicio.

## Configuración: las opciones de la clínica

settings-clinic = Clínica (compartida por todos los equipos que usan esta clínica)
settings-formula = Fórmula de asimetría
settings-summary = Valor por lado para asimetría y evolución
settings-best-rep = mejor repetición
settings-mean-of-reps = media de las repeticiones
settings-summary-note = El mejor valor es la convención clínica; la media es la opción más fiable para la asimetría ({ $source }).
settings-amber-from = Ámbar desde (%)
settings-red-from = Rojo desde (%)
settings-bands-source = Fuente: { $source }.
settings-hq-floor = H:Q mínima aceptable (torque flexor / extensor de rodilla a 90°)
settings-hq-floor-tip = la ratio H:Q mínima aceptable para la clínica
settings-hq-note = Sin valor predeterminado: el punto de corte isocinético ({ $cutoff }, { $source }) no es trasladable a las ratios isométricas; cada clínica puede fijar el suyo.
settings-mdc-heading = Cambio mínimo detectable (MDC95) por prueba
settings-mdc-test = Prueba
settings-mdc-value = MDC95
settings-mdc-source = Fuente
# "SEM": error estándar de medida; se conserva la abreviatura, como en la literatura.
settings-mdc-sem = Su SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 de { $test }
settings-mdc-clinic-setting = ajuste de la clínica
settings-sem-label = SEM ({ $unit })
settings-sem-use = Usar
settings-sem-use-tip = calcular el MDC de { $test } a partir de su SEM
settings-sem-invalid = “{ $typed }” no es un SEM: escriba un número mayor que 0, p. ej. { $example }
settings-sem-error-tip = véase debajo de la tabla
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Predeterminado
settings-mdc-default-tip = volver al MDC publicado de { $test }

## Configuración: perfiles de dispositivo

settings-devices = Perfiles de dispositivo
settings-devices-intro = Perfiles incorporados, más los suyos en { $folder } y en la carpeta indicada abajo.
settings-devices-folder = Carpeta adicional de dispositivos
settings-devices-reload = Usar y recargar
settings-profile-not-loaded = no cargado: { $error }

## Configuración: el servidor de la clínica

server-heading = Servidor de la clínica
server-intro = Varios equipos comparten unos mismos datos en el servidor PostgreSQL de la clínica; un solo equipo los guarda en su propia base de datos. Los registros siempre se guardan primero en el diario local de este equipo, para que un registro nunca tenga que esperar a la red.
server-in-use = Este equipo usa el servidor de la clínica { $server }.
server-none = Este equipo usa su propia base de datos (sin servidor de la clínica).
server-host = Servidor (nombre de host o dirección)
server-port = Puerto
server-database = Base de datos
server-login = Usuario (el suyo)
server-ca-file = Archivo del certificado de la CA del servidor
server-password = Contraseña
server-password-tip = se guarda solo en el archivo de contraseñas de PostgreSQL, nunca en la configuración de ForceTrack
server-tls-off = Desactivar TLS (la conexión no se cifra: solo dentro de una red de confianza)
server-test = Probar la conexión
server-save-password = Guardar la contraseña
server-save-password-tip = en el archivo de contraseñas de PostgreSQL (~/.pgpass), legible solo por usted
server-use = Usar este servidor de la clínica
server-use-this-computer = Usar la base de datos de este equipo
server-no-home = no hay carpeta personal para el archivo de contraseñas
server-password-not-saved = no se guardó la contraseña: { $error }
server-password-saved = Contraseña guardada en { $file } (legible solo por usted).
server-connected = Conectado a { $server } como { $login }: versión del esquema { $version } (la de este programa: { $latest }), { $athletes ->
        [one] { $athletes } deportista
       *[other] { $athletes } deportistas
    }.
server-connected-encrypted = Conectado a { $server } como { $login }, cifrado, certificado del servidor verificado: versión del esquema { $version } (la de este programa: { $latest }), { $athletes ->
        [one] { $athletes } deportista
       *[other] { $athletes } deportistas
    }.

## Registros que un cierre inesperado dejó sin terminar

recovery-look-failed = No se pudieron buscar registros sin terminar: { $error }
recovery-title = Registros sin terminar
recovery-intro = ForceTrack se detuvo mientras se realizaban estos registros. Se puede conservar lo guardado hasta el último momento.
recovery-unknown-athlete = deportista desconocido
recovery-test-side = { $side ->
        [left] { $test }, izquierda
        [right] { $test }, derecha
       *[both] { $test }, ambas piernas
    }
recovery-no-test = un registro sin prueba
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } muestra
       *[other] { $samples } muestras
    } ({ $seconds } s)
recovery-pain-label = Dolor durante el registro
recovery-pain-choose = elija 0-10
recovery-pain-not-known-chosen = Dolor desconocido
recovery-pain-chosen = Dolor { $pain }/10
recovery-pain-not-known = Desconocido
recovery-keep = Conservar como ensayo
recovery-keep-disabled-tip = Elija primero el dolor que refirió el deportista durante este registro
recovery-discard = Descartar…
recovery-discard-tip = elimina el registro; se vuelve a preguntar una vez
recovery-discard-confirm = Sí, descartar definitivamente estos { $seconds } s
recovery-do-not-discard = No descartar
recovery-kept-in-visit = El ensayo conservado está en la visita del { $date }.
recovery-go-on = Continuar con esa sesión
recovery-close = Cerrar
recovery-decide-later = Decidir más tarde
recovery-kept = Conservado como ensayo { $trial } de la visita del { $date }.
recovery-discarded = Se descartó el registro sin terminar.
recovery-no-samples = No se guardó ninguna muestra antes de que se detuviera.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (tal como se registró)

## Un registro fijo de la plataforma de fuerza de demostración (un modo de medición)

autorecord-heading = Registrando la plataforma de fuerza de demostración: { $duration } de { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } muestra por canal
       *[other] { $samples } muestras por canal
    }

## Sesión: registro (los pasos, el registro en directo, la revisión, los valores escritos a mano, abandonar)

## Lista de pasos (panel izquierdo)

run-steps-heading = Pruebas (⬅ ➡ para moverse)
run-step-not-done = { $mark } { $step } (no realizada)
run-step-not-done-tip = no realizada: { $reason }
run-step-cannot-record-tip = el dispositivo conectado no puede registrar esto: { $reason }
run-summary = Resumen ▶
run-tally = { $done } de { $total } realizadas
run-tally-not-done = { $done } de { $total } realizadas, { $not_done } no realizadas

## Paso actual

run-position = Posición: { $position }
# "Cue": la consigna verbal que el profesional da al deportista.
run-cue = Consigna: “{ $cue }”
run-connect-device-first = Conecte primero un dispositivo.
run-connect-device = Conecte un dispositivo para registrar.
run-device-cannot-record = ⚠ { $device } no puede registrar esta prueba: { $reason }.
run-lever-arm = Brazo de palanca (m)
run-lever-arm-hint = medido; para el torque
# $landmark: "la interlínea articular de la rodilla hasta el centro de la almohadilla" (test-*-lever-arm).
run-lever-arm-tip = medido desde { $landmark }

## Marcar un paso como "no realizado"

run-marked-not-done = Marcada como no realizada: { $reason }
run-test-after-all = Evaluarla de todos modos
run-not-done-today = ¿No se realiza hoy?
run-not-done-reason-hint = motivo, p. ej. sin dispositivo para el nórdico, dolor, tiempo
run-mark-both-not-done = Marcar ambos lados como no realizados
run-mark-not-done = Marcar como no realizada
run-mark-not-done-tip = excluir esta prueba de la visita de hoy; el motivo se anota en las notas de la visita
run-mark-side-not-done =
    { $side ->
        [left] Marcar solo el lado izquierdo como no realizado
        [right] Marcar solo el lado derecho como no realizado
       *[both] Marcar ambos lados como no realizados
    }
run-mark-side-not-done-tip = el otro lado de esta prueba queda pendiente de evaluar

## Controles de registro

run-start-recording = ⏺ Iniciar registro
run-rest = Descanso { $time }
run-start-now = ⏺ Iniciar ahora
run-skip-rest = Omitir descanso
run-cancel = Cancelar
run-stop = ■ Detener
# Nombres de las teclas: "Enter" se entiende en España ("Intro") y en Latinoamérica.
run-key-space-tip = Espacio
run-key-enter-tip = Enter
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Retroceso dos veces
run-cancel-recording-tip = Esc: descartar este registro
run-key-escape = Escape
run-key-backspace = Retroceso
run-press-again-discard = Presione { $key } de nuevo para descartar este registro.
run-press-again-redo = Presione { $key } de nuevo para descartarlo y volver a registrar.
run-press-again-discard-redo = Presione { $key } de nuevo para descartar este registro y volver a registrar.
run-live-rep = Rep. { $number }: { $peak }
run-live-rep-rising = Rep. { $number }: { $peak } …

## Guardar un ensayo

run-trial-saved = Ensayo guardado.
run-trial-kept-offline =
    Ensayo guardado en este equipo: no se puede conectar con el servidor de la clínica. Se envía cuando el servidor vuelva a responder (la barra de estado cuenta lo que está en espera).
run-trial-not-saved = No se guardó el ensayo: { $error }.
run-trial-not-saved-rescued = No se guardó el ensayo: { $error }. El registro se conserva en { $path }.
run-trial-not-saved-lost = No se guardó el ensayo: { $error }. Tampoco se pudo conservar: { $reason }.
run-not-saved = No guardado: { $error }

## Revisión de un registro

run-device-lost = Se perdió el dispositivo: { $note }
run-no-effort = No se detectó ningún esfuerzo en este registro.
# Encabezado: la repetición cuenta en los resultados (una casilla por repetición).
run-counted = Incluida
run-peak = Pico
run-peak-of = Pico { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Avisos
run-rep = Rep. { $number }
run-rep-tip = desmarque para excluir esta repetición de los resultados
run-accept-trial = ✔ Aceptar ensayo
run-ask-pain-first = Pregunte primero por el dolor.
run-redo = ↺ Repetir

## Puntuación de dolor

run-pain-scale = Dolor durante esta prueba (0-10):
run-pain-value = dolor { $value }
run-pain-tip = 0-3 seguro, 4-5 aceptable, más de 5 no aceptable ({ $source })

## Escribir los valores de un dispositivo sin protocolo público

run-type-values = Escribir los valores (dispositivo sin protocolo público)
run-type-values-tip =
    el pico de cada repetición leído en la pantalla del dispositivo (microFET, Lafayette, VALD, Kinvent, una báscula colgante con retención del pico); cuenta como los picos de un ensayo registrado, marcado como “introducido a mano”, sin métricas de la curva
run-hand-device = Dispositivo
run-hand-device-hint = p. ej. Hoggan microFET 2
run-hand-kind = Tipo
run-hand-kind-tip = el cambio solo se compara dentro de un mismo tipo de dispositivo
run-hand-unit = Unidad en su pantalla
run-hand-left-peaks = Pierna izquierda: pico de cada repetición
run-hand-right-peaks = Pierna derecha: pico de cada repetición
run-hand-peaks = Pico de cada repetición
run-hand-peaks-empty = escriba el pico de cada repetición, p. ej. { $example }
run-hand-peak-not-a-number = “{ $text }” no es un pico de fuerza en { $unit } (un número mayor que 0)
run-hand-leg-problem =
    { $side ->
        [left] pierna izquierda
       *[right] pierna derecha
    }: { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }, mejor { $best }: introducido a mano
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }, mejor { $best } ({ $converted }): introducido a mano
run-hand-entered-leg =
    { $side ->
        [left] izquierda
       *[right] derecha
    }: { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }, mejor { $best }: introducido a mano
run-hand-entered-leg-converted =
    { $side ->
        [left] izquierda
       *[right] derecha
    }: { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }, mejor { $best } ({ $converted }): introducido a mano
run-save = ✔ Guardar

## Un paso que cuenta repeticiones

run-reps-completed = Repeticiones completadas
run-reps = Repeticiones
run-reps-hint = número
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = “{ $text }” no es un número de repeticiones: escriba un número entero, p. ej. 22

## Abandonar una sesión

run-abandon = Abandonar sesión
# $trials: cuántos ensayos y de qué pruebas, p. ej. "2 ensayos: Ejercicio nórdico de isquiotibiales (2)".
run-abandon-question-holds = ¿Salir de esta sesión? Su visita contiene { $trials }.
run-abandon-question-empty = ¿Salir de esta sesión? Su visita aún no contiene ensayos.
run-abandon-question-added =
    ¿Salir de esta sesión? Añadió { $added } a la visita del { $date }, que antes contenía { $before ->
        [one] { $before } ensayo
       *[other] { $before } ensayos
    }.
run-abandon-question-added-nothing =
    ¿Salir de esta sesión? No añadió nada a la visita del { $date }, que conserva { $before ->
        [one] su { $before } ensayo
       *[other] sus { $before } ensayos
    }.
run-abandon-delete =
    Eliminar la visita (restaurable durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    })
run-abandon-delete-tip = Deshacer, en la pantalla siguiente o en la página del deportista, la recupera con sus ensayos
run-abandon-keep =
    Conservar la visita con { $count ->
        [one] { $count } ensayo
       *[other] sus { $count } ensayos
    }
run-abandon-keep-empty = Conservar la visita (no contiene ensayos)
run-abandon-keep-tip = la visita queda tal cual en el historial del deportista; las pruebas no realizadas no se registran
run-abandon-keep-all =
    Conservar la visita con { $count ->
        [one] su { $count } ensayo
       *[other] todos sus { $count } ensayos
    }
run-abandon-keep-all-tip = los ensayos de esta sesión se quedan en la visita junto a los anteriores
run-abandon-remove =
    Quitar { $count ->
        [one] el ensayo añadido en esta sesión ({ $count })
       *[other] los { $count } ensayos añadidos en esta sesión
    }
run-abandon-leave = Salir de la sesión
run-abandon-go-on = Continuar con la sesión
run-abandon-kept =
    Sesión abandonada. Se conserva la visita del { $date } con { $count ->
        [one] su { $count } ensayo
       *[other] sus { $count } ensayos
    }.
run-abandon-deleted = Se eliminó la visita del { $date } ({ $trials }).
run-abandon-deleted-empty = Se eliminó la visita del { $date }, que no tenía ensayos.
run-abandon-left-earlier =
    Sesión abandonada. La visita del { $date } conserva { $before ->
        [one] el ensayo que ya tenía ({ $before })
       *[other] los { $before } ensayos que ya tenía
    }.
run-abandon-removed =
    Se quitó lo que añadió esta sesión ({ $removed }). La visita del { $date } conserva { $before ->
        [one] el ensayo que ya tenía ({ $before })
       *[other] los { $before } ensayos que ya tenía
    }.

## Sesión: iniciar una sesión, el panel del dispositivo, el resumen de la sesión, los elementos compartidos

## El plan de una sesión: una prueba en un lado (o en ambos a la vez)

session-step-title =
    { $side ->
        [left] { $test }, izquierda
        [right] { $test }, derecha
       *[both] { $test }, ambas piernas
    }
session-step-needs-two-channels = esta prueba registra ambas piernas a la vez: conecte un dispositivo de dos canales (un dispositivo para el nórdico o plataformas de fuerza)
session-step-channels-do-not-fit = los canales de este dispositivo no se ajustan a esta prueba
session-step-passed-over = { $device } no puede registrarla: { $reason }
# Se escribe en las notas de la visita y una sesión posterior lo vuelve a leer:
# se mantiene "({ $reason })." al final, con el punto justo después del paréntesis.
session-not-done-note = No realizada: { $step } ({ $reason }).

## Preparar una sesión

session-heading = Sesión de evaluación: { $athlete }
session-current-injury = Lesión actual: { $injury } (desde el { $date })
session-not-abandoned = No se abandonó la sesión: { $error }
session-not-restored = No restaurada: { $error }
session-undo = Deshacer
session-undo-tip = recuperar la visita con sus ensayos
session-tests = Pruebas
session-battery = Batería: { $battery }
session-both-legs-at-once = ambas piernas a la vez
session-one-leg-at-a-time = una pierna cada vez
session-visit = Visita
session-going-on-with-visit = Continuando con la visita del { $date }: sus ensayos cuentan como realizados y las pruebas que sus notas indican como no realizadas, como no realizadas; elija las pruebas y el dispositivo.
session-visit-today =
    { $athlete } tiene una visita hoy ({ $date }, { $count ->
        [one] { $count } ensayo
       *[other] { $count } ensayos
    }).
session-add-to-todays-visit = Añadir a la visita de hoy
session-add-to-todays-visit-tip = las pruebas de esta sesión se suman a esa visita: sus resultados (H:Q, asimetría, alta) se leen en conjunto
session-or-new-visit = o complete una visita nueva a continuación
session-device = Dispositivo
session-resume = Reanudar sesión
# "Comenzar" y no "Iniciar sesión", que en español es "log in".
session-start = Comenzar sesión
session-choose-a-test = Elija al menos una prueba.
session-body-mass = Masa corporal (kg)
session-body-mass-hint = para N/kg
session-clinician = Profesional
session-clinician-hint = su nombre
session-notes = Notas
session-visa-h-and-provocation = VISA-H y pruebas de provocación
session-visa-h = VISA-H (0-100)
session-visa-h-hint = puntuación total
session-provocation-source = Pruebas de provocación según { $source }
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Estiramiento con rodilla flexionada
session-modified-bent-knee-stretch = Estiramiento con rodilla flexionada modificado
session-provocation-not-done = no realizado
session-provocation-negative = negativo
session-provocation-positive = positivo
session-visa-h-not-a-number = VISA-H “{ $text }” no es un número
session-body-mass-not-a-number = masa corporal “{ $text }” no es un número
session-visa-h-out-of-range = VISA-H { $value } está fuera de 0-100

## El resumen de la sesión

session-visit-saved = Visita guardada.
session-summary-heading = Resumen: { $athlete }
session-summary-no-results = Esta visita no tiene resultados.
session-summary-not-recorded = No registradas en esta visita: { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Asimetría: { $formula } = { $definition } ({ $source }). Bandas: verde < { $amber } %, ámbar, rojo ≥ { $red } % ({ $bands_source }).
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } repetición
       *[other] { $count } repeticiones
    }
session-summary-entered-by-hand = { $force } (introducido a mano)
session-summary-side = Lado
session-summary-count = Recuento
session-summary-reps = Rep.
session-summary-best = Mejor
session-summary-mean = Media
session-summary-cv = CV
session-summary-pain = Dolor
session-summary-since-last-visit = Desde la última visita
session-summary-flags = Avisos
session-summary-first-visit = primera visita
session-summary-visit-notes = Notas de la visita
session-summary-back = ◀ Volver a las pruebas
session-summary-save = 💾 Guardar visita
session-change-vs-mdc = frente a { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = frente a { $since } · los dispositivos no son intercambiables: el cambio se compara dentro de un mismo tipo de dispositivo
session-change-vs-no-mdc = frente a { $since } · no se conoce el MDC de esta prueba: el cambio se muestra, sin valorarlo

## El panel del dispositivo

device-panel-tare = Tarar
device-panel-tare-tip = poner a cero el dispositivo sin que nada tire de él
device-panel-disconnect = Desconectar
device-panel-connect-a-device = Conectar un dispositivo
device-panel-demo-tip = el deportista simulado; no necesita hardware
device-panel-find-ports = Buscar puertos serie
device-panel-ports-found =
    { $count ->
        [one] { $count } encontrado
       *[other] { $count } encontrados
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Perfil
device-panel-connect = Conectar
device-panel-other-port = Otro puerto
device-panel-other-port-hint = /dev/pts/3 o COM4
device-panel-choose = elegir…
device-panel-channel-force = Fuerza
device-panel-channel-left = Izquierda
device-panel-channel-right = Derecha
device-panel-force-now-tip = fuerza actual
device-panel-peak = pico { $force }
device-panel-peak-tip = fuerza más alta de este registro
device-panel-device-on-port = { $device } en { $port }
device-panel-no-profile = no existe el perfil de dispositivo “{ $profile }”

## Un puerto serie que este usuario no puede abrir

port-denied-not-in-group = { $port }: permiso denegado: el puerto pertenece al grupo “{ $group }” y usted no forma parte de él. Añádase con { $command } y después cierre la sesión y vuelva a iniciarla; o instale el paquete de ForceTrack, que da a la persona que usa el equipo acceso a los dispositivos que conoce
port-denied-added-after-login = { $port }: permiso denegado: usted pertenece al grupo “{ $group }” del puerto, pero se le añadió después de iniciar sesión: cierre la sesión y vuelva a iniciarla (o reinicie el equipo)
port-denied-owner-only = { $port }: permiso denegado: solo su propietario “{ $owner }” puede abrir el puerto (modo { $mode }); instale el paquete de ForceTrack, que da a la persona que usa el equipo acceso a los dispositivos que conoce, o consulte a quien administre este equipo
port-denied = { $port }: permiso denegado; instale el paquete de ForceTrack, que da a la persona que usa el equipo acceso a los dispositivos que conoce, o consulte a quien administre este equipo
port-short-not-in-group = no permitido: no pertenece al grupo “{ $group }”
port-short-added-after-login = no permitido hasta que cierre la sesión y vuelva a iniciarla (grupo “{ $group }”)
port-short-owner-only = no permitido: solo “{ $owner }” puede abrirlo
port-busy = { $port } está ocupado: otro programa tiene abierto el puerto (un monitor serie, un segundo ForceTrack, ModemManager): ciérrelo y vuelva a conectar ({ $error })
port-not-there = { $port } no existe: ¿está el dispositivo enchufado y encendido? ({ $button } en la aplicación y { $command } enumeran los puertos presentes)
port-cannot-open = no se puede abrir { $port }: { $error }

## La barra de estado

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } muestra
       *[other] { $count } muestras
    }
status-samples-tip = muestras recibidas del dispositivo desde que se conectó
status-readings-missing =
    { $count ->
        [one] { $count } lectura perdida
       *[other] { $count } lecturas perdidas
    }
status-readings-missing-about =
    { $count ->
        [one] aprox. { $count } lectura perdida
       *[other] aprox. { $count } lecturas perdidas
    }
status-readings-missing-tip = { $why } (desde que se conectó el dispositivo)
status-no-readings-missing = 0 lecturas perdidas
status-no-readings-missing-tip = cada lectura que envió el dispositivo desde que se conectó es una muestra
status-rejected-tip =
    líneas que no eran muestras ni respuestas conocidas; la última: { $last }
    { $count ->
        [one] { $count } byte descartado
       *[other] { $count } bytes descartados
    } antes de la primera línea completa tras conectar (un flujo que ya estaba en marcha)
status-rejected-lines =
    { $count ->
        [one] { $count } línea rechazada
       *[other] { $count } líneas rechazadas
    }
status-device-errors =
    { $count ->
        [one] { $count } error del dispositivo
       *[other] { $count } errores del dispositivo
    }
status-no-device = Ningún dispositivo conectado
status-this-computer = este equipo: { $folder }
status-this-computer-tip = los datos de la clínica están en la base de datos de este equipo, en esta carpeta de datos
status-clinic-server = servidor de la clínica { $host }/{ $database }
status-clinic-server-tip = los datos de la clínica están en { $server } (usuario { $login }); los registros se guardan primero en el diario local de este equipo, en { $folder }
status-server-reachable = SERVIDOR ACCESIBLE
status-server-not-reachable = SERVIDOR NO ACCESIBLE
status-server-not-reachable-tip = el registro continúa: los ensayos terminados esperan en este equipo y se envían cuando el servidor vuelva a responder
status-waiting-for-server =
    { $count ->
        [one] { $count } registro en espera del servidor de la clínica
       *[other] { $count } registros en espera del servidor de la clínica
    }
status-waiting-for-server-tip = guardados en este equipo; se envían solos cuando el servidor responda (o: { $command })
status-demo-clinic = CLÍNICA DE DEMOSTRACIÓN
status-journal-writes-failed =
    { $count ->
        [one] { $count } escritura fallida en el diario
       *[other] { $count } escrituras fallidas en el diario
    }

## Elementos compartidos: la línea H:Q

# "H:Q": ratio isquiotibiales/cuádriceps (torque flexor / extensor de rodilla); se conserva la abreviatura.
widget-hq-title = H:Q (torque flexor / extensor de rodilla, 90°)
widget-hq-side =
    { $side ->
        [left] izquierda { $value }
       *[right] derecha { $value }
    }
widget-hq-no-lever-arm = una ratio de torques requiere el brazo de palanca de cada ensayo (añádalo en Historial, curvas registradas, o con { $command })
widget-hq-not-both-tests = requiere flexión y extensión de rodilla 90/90 en ese lado en esta visita
widget-hq-caveat =
    { $side ->
        [left] H:Q del lado izquierdo { $caveat }
       *[right] H:Q del lado derecho { $caveat }
    }
widget-hq-source-no-threshold = { $source }; sin umbral definido.
widget-hq-source-threshold = { $source }; umbral de la clínica: al menos { $threshold }.
widget-side-left = izquierda
widget-side-right = derecha
widget-side-both = ambas piernas

## Elementos compartidos: guardar un archivo

widget-save-choose-folder = Elija una carpeta vacía para la exportación
widget-save-folder-gone = la carpeta { $folder } ya no existe
widget-save-no-file-manager = este equipo no tiene un explorador de archivos para mostrarla (“{ $program }” no está instalado); los archivos están en { $folder }
widget-save-file-manager-failed = no se pudo iniciar el explorador de archivos ({ $program }: { $error }); los archivos están en { $folder }
widget-save-cannot-create = no se puede crear { $folder }: { $error }
widget-save-no-dialog = No se pudo mostrar ningún cuadro de diálogo de archivos en este sistema, así que aún no se ha guardado nada.
widget-save-in-own-folder = Guardarlo en la carpeta de exportación de ForceTrack ({ $folder })
widget-save-not-now = Ahora no
widget-save-saved-in-own-folder = Guardado en la carpeta de exportación de ForceTrack (este equipo no muestra cuadros de diálogo de archivos): { $folder }
widget-save-open-folder = Abrir carpeta
widget-save-cannot-show-folder = No se puede mostrar la carpeta: { $error }.

## Deportistas, la página del deportista, el historial, los gráficos de evolución, el visor de ensayos y la redacción de los resultados

## Lista de deportistas

athletes-heading = Deportistas
athletes-search = Buscar
athletes-search-hint = nombre, deporte o id
athletes-show-archived = Mostrar archivados
athletes-add = ➕ Añadir deportista
athletes-none-yet = Aún no hay deportistas: añada el primero.
athletes-none-match = Ningún deportista coincide.
athletes-col-status = Estado
athletes-col-athlete = Deportista
athletes-col-return-to-sport = Retorno al deporte
athletes-col-sport = Deporte
athletes-col-last-visit = Última visita
athletes-col-injury = Lesión
# Estados: "alta" (cleared, alta deportiva), "alta (excepción)" (override: alta firmada en contra de la evaluación).
athletes-status-cleared = alta
athletes-status-cleared-override = alta (excepción)
athletes-status-in-rehab = en rehabilitación
athletes-status-flagged = en alerta
athletes-status-no-injury = sin lesión
athletes-status-words = alta: episodio firmado · alta (excepción): firmado en contra de una evaluación que no daba el alta, con un motivo · en rehabilitación: episodio de lesión abierto · en alerta: dolor superior a 3/10 en la última visita, o la asimetría más reciente de una prueba en la banda roja sin lesión o desde el alta de la lesión
athletes-status-pain = dolor { $pain }/10 en la última visita
athletes-status-red = { $status } · rojo { $test }
athletes-name-archived = { $name } (archivado)
athletes-open-tip = abrir (Enter); ⬆ ⬇ moverse

## Retorno al deporte (el estado del alta del episodio abierto, en la lista y en la página del deportista)

athletes-rts-all-pass = { $total ->
    [one] cumple { $total } de { $total }
   *[other] cumplen los { $total }
}
athletes-rts-without-data = { $none ->
    [one] { $none } de { $total } sin datos
   *[other] { $none } de { $total } sin datos
}
athletes-rts-fail = { $fail ->
    [one] { $fail } de { $total } no cumple
   *[other] { $fail } de { $total } no cumplen
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } de { $total } no cumple, { $none } sin datos
   *[other] { $fail } de { $total } no cumplen, { $none } sin datos
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ se cumple el criterio ({ $total } de { $total })
   *[other] ✔ se cumplen los { $total } criterios
}
athletes-rts-awaiting-signoff-tip = Pendiente de la firma del profesional: haga clic para abrir la lista de criterios.
athletes-rts-open-checklist-tip = Haga clic para abrir la lista de criterios.

## Página del deportista

athlete-saved = Guardado.
athlete-not-restored = No restaurada: { $error }
athlete-archived = archivado
athlete-new-session = ▶ Nueva sesión de evaluación
athlete-new-session-tip = evaluar ahora a este deportista
athlete-edit-profile = Editar perfil
athlete-archive = Archivar
athlete-unarchive = Desarchivar
athlete-archive-tip = los deportistas archivados no aparecen en la lista; no se elimina nada
athlete-date-of-birth = Fecha de nacimiento
athlete-sex = Sexo
athlete-dominant-leg = Pierna dominante
athlete-sport = Deporte
athlete-body-mass = Masa corporal
athlete-external-id = Id externo
athlete-notes = Notas
athlete-episodes = Episodios de lesión
athlete-add-episode = ➕ Añadir episodio
athlete-episodes-none = Ninguno registrado.
# Partes de la línea de un episodio, unidas por " · ": "Lesión muscular de isquiotibiales, izquierda · lesión 2026-03-01 · alta 2026-05-02".
athlete-episode-injured = lesión { $date }
# "Basal prelesional": la visita anterior a la lesión cuyos resultados son los valores normales del deportista.
athlete-episode-baseline = basal prelesional { $date }
athlete-episode-cleared = alta { $date }
athlete-visit-id = visita { $id }
athlete-edit = Editar
athlete-return-to-sport = Retorno al deporte
athlete-visits = { $visits ->
    [one] Visitas ({ $visits })
   *[other] Visitas ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = abrir el historial en esta visita

## Visitas eliminadas en la página del deportista

athlete-deleted-heading = { $days ->
    [one] Visitas eliminadas recientemente (restaurables durante { $days } día)
   *[other] Visitas eliminadas recientemente (restaurables durante { $days } días)
}
athlete-deleted-trials = { $count ->
    [0] sin ensayos
    [one] { $count } ensayo: { $tests }
   *[other] { $count } ensayos: { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · eliminada el { $deleted }, restaurable hasta el { $until }
athlete-restore-visit = Restaurar la visita del { $date }
athlete-restored = { $count ->
    [0] Se restauró la visita del { $date }, sin ensayos.
    [one] Se restauró la visita del { $date } con su { $count } ensayo: { $tests }.
   *[other] Se restauró la visita del { $date } con sus { $count } ensayos: { $tests }.
}

## Formulario del deportista (perfil)

athlete-form-new = Nuevo deportista
athlete-form-edit = Editar deportista
athlete-given-name = Nombre
athlete-family-name = Apellidos
athlete-body-mass-kg = Masa corporal (kg)
athlete-body-mass-hint = p. ej. { $example }
athlete-external-id-hint = opcional
athlete-form-not-saved = { $problems ->
    [one] No guardado: { $problems } problema por corregir (junto a los campos).
   *[other] No guardado: { $problems } problemas por corregir (junto a los campos).
}
athlete-save = Guardar deportista
athlete-cancel = Cancelar

## Formulario del episodio de lesión

athlete-episode-form-new = Nuevo episodio de lesión
athlete-episode-form-edit = Editar episodio de lesión
athlete-injury = Lesión
athlete-side = Lado
# Grado de la lesión muscular; BAMIC = British Athletics Muscle Injury Classification, se conserva.
athlete-grade = Grado
athlete-grade-hint = p. ej. BAMIC 2b
athlete-location = Localización
athlete-injury-date = Fecha de la lesión
athlete-baseline = Basal prelesional
athlete-baseline-none = ninguna
athlete-baseline-tip = una visita anterior a la lesión cuyos resultados son los valores normales del propio deportista
athlete-cleared-on = Alta el
athlete-not-cleared = sin alta: la establece una firma en Alta
athlete-cleared-by-signoff = { $date } (establecida por su firma)
athlete-save-episode = Guardar episodio
athlete-problem-injury-date-needed = se necesita la fecha de la lesión
athlete-problem-baseline-after-injury = la visita del { $visit } no es anterior a la fecha de la lesión { $injury }: una basal prelesional es una visita anterior a la lesión

## Historial

history-heading = Historial: { $athlete }
history-no-visits = Aún no hay visitas.
history-hq-tab = Ratio H:Q
history-hq-heading = Ratio H:Q — torque flexor / extensor de rodilla a 90°, por lado
history-hq-note = { $source }; umbral de la clínica: al menos { $threshold }. Según el valor por lado en uso ({ $summary }).
history-hq-note-no-threshold = { $source }; sin umbral definido. Según el valor por lado en uso ({ $summary }).
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Visita
history-col-left = Izquierda
history-col-right = Derecha
history-col-asymmetry = Asimetría
history-col-lsi = LSI
# I / D: izquierda / derecha.
history-col-pain = Dolor (I / D)
history-progress-heading = { $test } — evolución ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — evolución (repeticiones)
history-key-left = ⏺ izquierda
history-key-right = ■ derecha
history-key-baseline = - - - basal prelesional
history-key-injury = | lesión (las líneas se interrumpen ahí)
history-key-mdc = sombreado: ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (introducido a mano)
history-damaged = { $count ->
    [one] ⚠ Visita del { $date }: las muestras almacenadas del ensayo { $trials } están dañadas; excluidas de todos los resultados (restaure una copia de seguridad para recuperarlas)
   *[other] ⚠ Visita del { $date }: las muestras almacenadas de los ensayos { $trials } están dañadas; excluidas de todos los resultados (restaure una copia de seguridad para recuperarlas)
}
history-visits = Visitas
history-visit-opened-tip = la visita abierta desde la página del deportista
history-asymmetry-heading = Tendencia de la asimetría ({ $formula }, { $definition })
history-asymmetry-bands = puntos coloreados por banda según la diferencia porcentual: ✔ verde < { $amber } %, ⚠ ámbar, ✖ rojo ≥ { $red } % — { $source }
history-band-green = ✔ verde
history-band-amber = ⚠ ámbar
history-band-red = ✖ rojo

## Gráficos (historial)

chart-point-hover =
    { $series }
    { $date }: { $value }
chart-same-day-note = { $count ->
    [one] { $count } visita del mismo día no se dibuja: cada día muestra su última visita
   *[other] { $count } visitas del mismo día no se dibujan: cada día muestra su última visita
}
chart-kinds-key = rellenos: { $latest }; vacíos: { $others } — no comparables, la línea se interrumpe donde cambia el tipo de instrumento
chart-baseline-left-out = Basal prelesional ({ $side }) no dibujada: tomada con { $baseline }, no comparable con los valores más recientes ({ $latest })

## Visor de ensayos (curvas registradas)

trial-heading = Curvas registradas
trial-visit = Visita
trial-compare-with = Comparar con
trial-none = ninguna
trial-lever-arm = Brazo de palanca, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Guardar brazos de palanca
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } sin valor
trial-lever-arm-saved = Brazo de palanca guardado ({ $sides }): el torque y la H:Q lo usan.
trial-lever-arm-note = ¿Medido después del registro, o mal escrito? El brazo de palanca, del eje articular al punto donde presionó el dispositivo, da el torque y la H:Q; déjelo vacío si no hay ninguno.
trial-curve = { $date } { $side } (ensayo { $trial })
trial-curve-recorded-by = { $date } { $side } (ensayo { $trial }, registrado por { $clinician })
trial-key-left = — izquierda
trial-key-right = — derecha
trial-key-earlier = - - - la visita anterior
trial-key-marks = ■ barra tenue: el reposo tomado como línea base de cada repetición   | inicio   ♦ pico   sombreado: RFD 0-50 / 100 / 200 ms
trial-help = Tiempo desde el inicio de la primera repetición. Arrastre para desplazar, Ctrl + rueda para ampliar, doble clic para restablecer; pase el puntero para ver los valores.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Resultados: palabras compartidas por las pantallas y el informe impreso

results-summary-best = mejor
results-summary-mean = media
results-reps = { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
}
results-reps-change = { $count ->
    [one] { $delta } repetición
   *[other] { $delta } repeticiones
}
results-verdict-improved = mejora
results-verdict-declined = descenso
results-verdict-within-error = dentro del error de medida
results-verdict-no-mdc = sin valorar (esta prueba no tiene MDC)
results-verdict-not-comparable = no comparable: distinto dispositivo o modo
results-change = { $delta }, { $verdict } (desde el { $date })
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; ahora { $now }, { $now_kinds })
results-mdc-clinic-setting = ajuste de la clínica
results-hq-no-lever-arm = sin brazo de palanca
results-hq-source = H:Q = torque flexor de rodilla / torque extensor de rodilla a 90°. Los déficits persisten tras el retorno a la competición ({ $maniar }); el punto de corte isocinético ({ $croisier }) no es trasladable a las ratios isométricas: sin umbral predeterminado
results-hq-caveat = { $verdict } (flexión de rodilla: { $flexion }; extensión de rodilla: { $extension })
results-problem-bands = las bandas de asimetría (ámbar desde { $amber } %, rojo desde { $red } %) deben ir en aumento, de al menos 1 % a como máximo 80 %
results-problem-rep-threshold = el umbral de repetición de { $test } ({ $threshold } N) debe estar entre 1 y 200 N: por encima, no se detecta ninguna repetición de una prueba
results-problem-mdc = el MDC de { $test } ({ $mdc }) debe ser mayor que 0 y como máximo 1000
results-problem-hq = la H:Q mínima ({ $hq }) debe estar entre 0.1 y 2

## Avisos: los problemas de calidad de un resultado en palabras sencillas

flag-noisy-baseline = fuerza inestable antes del esfuerzo
flag-not-sustained = contracción no mantenida
flag-clipped = se alcanzó el máximo del dispositivo: el pico puede ser mayor
flag-poor-fit = la curva de fuerza se ajusta mal al modelo de ascenso
flag-fit-failed = no se pudo ajustar el modelo de ascenso
flag-baseline-from-trial-start = sin momento de reposo antes del esfuerzo
flag-low-sample-rate = RFD poco fiable por debajo de 200 muestras/s
flag-inconsistent = repeticiones poco consistentes (CV superior al 10 %)
flag-excluded-rep-not-found = una repetición excluida ya no se encuentra en el registro

## Alta para el retorno al deporte
# La lista de criterios que un deportista debe cumplir antes de volver al deporte tras una lesión.
# "LSI" = índice de simetría entre miembros (lado afectado / no afectado × 100 %); se conserva la abreviatura.
# "VISA-H" = cuestionario del Victorian Institute of Sport Assessment para isquiotibiales (0-100); se conserva.
# "basal prelesional" = los valores del propio deportista medidos antes de la lesión.
# "cumple / no cumple / sin datos" para pass / fail / no data; "plantilla de alta" para clearance template.

## Veredictos y estados
clearance-verdict-pass = cumple
clearance-verdict-fail = no cumple
clearance-verdict-no-data = sin datos
clearance-verdict-mark-pass = ✔ cumple
clearance-verdict-mark-fail = ✖ no cumple
clearance-verdict-mark-no-data = – sin datos
clearance-status-all-pass = se cumplen todos los criterios
clearance-status-not-yet = aún no
clearance-status-incomplete = incompleta
clearance-status-mark-all-pass = ✔ SE CUMPLEN TODOS LOS CRITERIOS
clearance-status-mark-not-yet = ✖ AÚN NO
clearance-status-mark-incomplete = ⚠ INCOMPLETA
clearance-summary = { $status }: { $reason }
# Un deportista sin episodio de lesión pasa un cribado (screening), no recibe el alta.
clearance-summary-screening = cribado: { $status }: { $reason }
clearance-reason-all-pass = { $total ->
    [one] se cumple el criterio obligatorio ({ $total } de { $total })
   *[other] se cumplen los { $total } criterios obligatorios
}
clearance-reason-fail-and-no-data = { $total ->
    [one] criterio obligatorio no cumplido: { $fail } de { $total }, sin datos: { $none }
   *[other] criterios obligatorios no cumplidos: { $fail } de { $total }, sin datos: { $none }
}
clearance-reason-fail = { $total ->
    [one] criterio obligatorio no cumplido: { $fail } de { $total }
   *[other] criterios obligatorios no cumplidos: { $fail } de { $total }
}
clearance-reason-no-data = { $total ->
    [one] criterio obligatorio sin datos: { $none } de { $total }
   *[other] criterios obligatorios sin datos: { $none } de { $total }
}

## Tipos de criterio (el editor de plantillas)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = asimetría
clearance-kind-absolute = fuerza o torque absolutos
clearance-kind-baseline-percent = % de la basal prelesional
clearance-kind-pain = dolor
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = ratio entre dos pruebas
clearance-kind-reps-count = número de repeticiones
clearance-kind-provocation = pruebas de provocación
clearance-kind-manual = comprobación manual
clearance-kind-any-of = cualquiera de
clearance-kind-first-with-data = el primero con datos
clearance-kind-tests-done = pruebas realizadas
clearance-quantity-force-n = fuerza (N)
clearance-quantity-force-n-per-kg = fuerza por kg (N/kg)
clearance-quantity-torque-n-m = torque (N·m)
clearance-quantity-torque-n-m-per-kg = torque por kg (N·m/kg)

## Umbrales en palabras
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] media
       *[best] mejor
    }) ≥ { $percent } %
clearance-threshold-asymmetry = asimetría ({ $summary ->
        [mean] media
       *[best] mejor
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] lado afectado
       *[each] cada lado
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] lado afectado
       *[each] cada lado
    } ≥ { $percent } % del valor prelesional
clearance-threshold-pain = dolor ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } o en mejora durante { $count } visita
   *[other] VISA-H ≥ { $score } o en mejora durante { $count } visitas
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H en mejora durante { $count } visita
   *[other] VISA-H en mejora durante { $count } visitas
}
clearance-threshold-visa-h-recorded = VISA-H registrado
clearance-threshold-ratio = { $low }-{ $high } en cada lado
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] lado afectado ≥ { $count } repetición
           *[other] lado afectado ≥ { $count } repeticiones
        }
       *[each] { $count ->
            [one] cada lado ≥ { $count } repetición
           *[other] cada lado ≥ { $count } repeticiones
        }
    }
clearance-threshold-provocation = todas negativas
clearance-threshold-manual = marcado por el profesional
clearance-threshold-or = { $first }, o { $second }
clearance-threshold-else = { $first }; donde no haya datos, { $second }
clearance-threshold-tests-done = { $tests } registradas en ambos lados
clearance-join-and = { $first } y { $second }
clearance-join-semicolon = { $first }; { $second }

## Problemas de una plantilla (al guardarla o leerla)
clearance-problem-lsi-percent = LSI { $value } no es un porcentaje
clearance-problem-asymmetry-percent = asimetría { $value } no es un porcentaje
clearance-problem-baseline-percent = el porcentaje de la basal { $value } no es un porcentaje
clearance-problem-threshold-negative = el umbral { $value } debe ser un número mayor o igual que 0
clearance-problem-pain-range = dolor { $value } está fuera de 0-10
clearance-problem-visa-h-range = VISA-H { $value } está fuera de 0-100
clearance-problem-improving-visits = la mejora requiere al menos 2 visitas
clearance-problem-ratio-empty = el intervalo de la ratio { $low }-{ $high } está vacío
clearance-problem-any-of-empty = “cualquiera de” necesita al menos una opción
clearance-problem-first-with-data-empty = “el primero con datos” necesita al menos una opción
clearance-problem-tests-done-empty = “pruebas realizadas” necesita al menos una prueba
clearance-problem-no-id = la plantilla no tiene id
clearance-problem-no-name = la plantilla no tiene nombre
clearance-problem-no-criteria = la plantilla no tiene criterios
clearance-problem-criterion-no-id = un criterio (“{ $label }”) no tiene id
clearance-problem-criterion-twice = el criterio “{ $criterion }” aparece dos veces
clearance-problem-criterion-no-label = el criterio “{ $criterion }” no tiene etiqueta
clearance-problem-criterion-no-source = el criterio “{ $criterion }” no tiene fuente
clearance-problem-criterion-no-test = criterio “{ $criterion }”: no existe la prueba “{ $test }” en la biblioteca de pruebas
clearance-problem-criterion-rule = criterio “{ $criterion }”: { $problem }
clearance-problem-stored = plantilla de alta “{ $template }”: { $error }
clearance-problem-stored-unreadable = la plantilla de alta “{ $template }” no se puede leer: { $error }
clearance-no-template = no existe la plantilla de alta “{ $template }”
clearance-no-episode = { $athlete } no tiene el episodio de lesión { $episode }
clearance-no-visit = { $athlete } no tiene la visita { $visit }
clearance-no-visit-to-evaluate = { $athlete } no tiene ninguna visita que evaluar
clearance-no-visit-for-athlete = no existe la visita { $visit } para este deportista

## Lecturas (los valores detrás de un veredicto)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = asimetría
clearance-reading-left = izquierda
clearance-reading-right = derecha
clearance-reading-highest = máximo
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = estiramiento con rodilla flexionada
clearance-reading-modified-bent-knee-stretch = estiramiento con rodilla flexionada modificado
clearance-reading-reps = { $count ->
    [one] { $value } repetición
   *[other] { $value } repeticiones
}
clearance-reading-yes = sí
clearance-reading-no = no
clearance-reading-positive = positivo
clearance-reading-negative = negativo
clearance-reading-percent-of-baseline = { $percent } % del valor prelesional
clearance-agreement = { $percent } % de acuerdo
clearance-agreement-below-consensus = { $percent } % de acuerdo: no alcanzó el consenso
clearance-below-consensus = no alcanzó el consenso
clearance-source-with-agreement = { $source } ({ $agreement })

## Notas (de dónde procede un valor, por qué no hay datos)
clearance-note-from-visit = de la visita del { $dates }
# "sin registro de { $test }": evita concordar con el género del nombre de la prueba.
clearance-note-not-recorded = { $days ->
    [one] sin registro de { $test } en ambos lados en un plazo de { $days } día
   *[other] sin registro de { $test } en ambos lados en un plazo de { $days } días
}
clearance-note-lsi-left-involved = izquierda (afectada) / derecha, { $summary ->
        [mean] media
       *[best] mejor
    }
clearance-note-lsi-right-involved = derecha (afectada) / izquierda, { $summary ->
        [mean] media
       *[best] mejor
    }
clearance-note-lsi-weaker-stronger = lado más débil / más fuerte, { $summary ->
        [mean] media
       *[best] mejor
    }
clearance-note-side-without-force = un lado sin valor de fuerza
clearance-note-percent-difference = diferencia porcentual, { $summary ->
        [mean] media
       *[best] mejor
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] sin registro de { $test } en un plazo de { $days } día
   *[other] sin registro de { $test } en un plazo de { $days } días
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] sin registro de { $test } (con masa corporal) en un plazo de { $days } día
   *[other] sin registro de { $test } (con masa corporal) en un plazo de { $days } días
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] sin registro de { $test } (con brazo de palanca) en un plazo de { $days } día
   *[other] sin registro de { $test } (con brazo de palanca) en un plazo de { $days } días
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] sin registro de { $test } (con brazo de palanca y masa corporal) en un plazo de { $days } día
   *[other] sin registro de { $test } (con brazo de palanca y masa corporal) en un plazo de { $days } días
}
clearance-note-best-rep = mejor repetición
clearance-note-best-reps = mejores repeticiones
clearance-note-no-episode = sin episodio de lesión
clearance-note-no-baseline-visit = el episodio no tiene visita basal prelesional
clearance-note-baseline-missing = falta la visita basal
clearance-note-not-at-baseline = { $test } no se registró en la visita basal
clearance-note-not-comparable = no comparable: el valor prelesional { $side ->
        [left] izquierdo
       *[right] derecho
    } se midió con { $before } y este con { $now }
clearance-note-baseline = { $summary ->
        [mean] media
       *[best] mejor
    }, basal { $date }
clearance-note-no-pain = { $days ->
    [one] ninguna puntuación de dolor registrada en las pruebas en un plazo de { $days } día
   *[other] ninguna puntuación de dolor registrada en las pruebas en un plazo de { $days } días
}
clearance-note-pain-on = en { $tests }
clearance-note-no-visa-h = ningún VISA-H registrado
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } de { $needed } puntuación necesaria para una tendencia
   *[other] { $have } de { $needed } puntuaciones necesarias para una tendencia
}
clearance-note-visa-h-rising = en aumento
clearance-note-visa-h-not-rising = no aumenta en todas las visitas
clearance-note-ratio-not-recorded = { $days ->
    [one] sin registro de { $numerator } y { $denominator } en la misma visita en un plazo de { $days } día
   *[other] sin registro de { $numerator } y { $denominator } en la misma visita en un plazo de { $days } días
}
clearance-note-no-provocation = { $days ->
    [one] ninguna prueba de provocación registrada en un plazo de { $days } día
   *[other] ninguna prueba de provocación registrada en un plazo de { $days } días
}
clearance-note-modified-bent-knee-missing = no se registró el estiramiento con rodilla flexionada modificado (el más preciso)
clearance-note-not-answered = sin respuesta en esta visita
clearance-note-answered = respondido el { $date }
clearance-note-answered-by = respondido por { $clinician } el { $date }
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = según { $threshold }
clearance-note-no-data-for = sin datos para { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] sin registro en ambos lados en un plazo de { $days } día: { $tests }
   *[other] sin registro en ambos lados en un plazo de { $days } días: { $tests }
}

## Pantalla de alta
clearance-heading = Alta para el retorno al deporte: { $athlete }
clearance-no-visits = Aún no hay visitas: evalúe primero al deportista.
clearance-no-visit-to-evaluate-here = Ninguna visita que evaluar.
clearance-injury = Lesión
clearance-injury-none = ninguna (un cribado)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Visita
clearance-template = Plantilla
clearance-template-clinic = { $template } (clínica)
clearance-edit-template = Editar plantilla
clearance-edit-template-tip = cambiar umbrales y criterios obligatorios, añadir criterios
clearance-copy-and-edit = Copiar y editar
clearance-copy-and-edit-tip = una copia de la clínica; la predeterminada sigue disponible
clearance-caution = La regla del 10 % debe tomarse con cautela: los déficits de más del 10 % eran frecuentes en el retorno al deporte ({ $citation }). Lea los números y las tendencias, no solo el veredicto.
clearance-name-to-answer = Escriba su nombre en la firma, más abajo, para responder a las comprobaciones manuales: cada respuesta indica quién la dio.
clearance-column-verdict = Veredicto
clearance-column-criterion = Criterio
clearance-column-value = Valor
clearance-column-threshold = Umbral
clearance-column-trend = Tendencia
clearance-column-source = Fuente
clearance-optional = opcional
clearance-answer-yes = Sí
clearance-answer-no = No
clearance-answer-none = Sin responder
clearance-answer-name = { $criterion }: { $answer ->
        [yes] sí
        [no] no
       *[none] sin responder
    }
clearance-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] sí
        [no] no
       *[withdrawn] respuesta retirada
    }
clearance-check-unnamed = sin nombre
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date }: { $value } ({ $verdict })
clearance-print-report = Imprimir informe (PDF)…
clearance-report-csv = Informe en CSV…
clearance-report-csv-tip = el mismo contenido, para sistemas de historia clínica
clearance-paper = Papel
clearance-paper-a4 = A4
# Tamaño US Letter: "Carta".
clearance-paper-letter = Carta
clearance-report-wrote = Se escribió { $path }
clearance-not-saved = No guardado: { $error }

## Banner del alta
clearance-banner-cleared = ✔ ALTA
clearance-banner-cleared-override = ✔! ALTA POR EXCEPCIÓN
clearance-banner-signed = Firmado por { $clinician } el { $at }: { $status }.
clearance-banner-screening = Un cribado: sin episodio de lesión, no hay nada que dar de alta.
clearance-banner-not-signed = Sin firmar: el deportista solo recibe el alta cuando un profesional firma.
clearance-banner-changed-since = Desde la firma, los criterios indican “{ $summary }” (cambió una respuesta o un resultado).
clearance-banner-context = { $days ->
    [one] { $episode } · evaluado en la visita del { $date } · cuentan los resultados de hasta { $days } día de antigüedad · plantilla: { $source }
   *[other] { $episode } · evaluado en la visita del { $date } · cuentan los resultados de hasta { $days } días de antigüedad · plantilla: { $source }
}
clearance-banner-no-episode = sin episodio de lesión (un cribado)

## Firma
clearance-signoff = Firma
clearance-signoff-newer-not-yet = ⚠ Esta es la visita del { $date }; una visita más reciente, del { $newer }, indica { $status }: { $summary }. Firmar esta visita anterior contradice la más reciente.
clearance-signoff-clinician = Profesional
clearance-signoff-login-tip = firma con su usuario del servidor de la clínica
clearance-signoff-your-name = su nombre
clearance-signoff-note = Nota
clearance-signoff-note-optional = opcional
clearance-signoff-note-why = por qué firma una evaluación en la que no se cumplen todos los criterios
clearance-signoff-close-episode = Cerrar el episodio de lesión: alta para el retorno al deporte el { $date }
clearance-signoff-close-episode-tip = { $episode } termina; la lista de deportistas muestra al deportista con el alta
clearance-signoff-closes-by-override = El episodio de lesión se cierra con esta firma: alta por excepción el { $date }, en contra de la evaluación (“{ $status }”).
clearance-signoff-stays-open = El episodio de lesión sigue abierto: solo lo cierra la firma de una evaluación en la que se cumplen todos los criterios (el estado de esta es “{ $status }”).
clearance-signoff-override = Dar el alta para el retorno al deporte de todos modos (excepción a la evaluación)
clearance-signoff-override-tip = cierra el episodio con el alta en contra de los criterios; la nota es el motivo, obligatorio, y el deportista aparece como “alta (excepción)” en la lista, los informes y el historial de firmas
clearance-signoff-sign-override = Firmar: alta en contra de esta evaluación ({ $status })
clearance-signoff-sign-cleared = Firmar: alta para el retorno al deporte
clearance-signoff-sign-screening = Firmar este cribado
clearance-signoff-sign-evaluation = Firmar esta evaluación ({ $status })
clearance-signoff-signing = Firmando…
clearance-signoff-already = Firmado por { $clinician } el { $at }. Se podrá volver a firmar cuando cambie una respuesta o un resultado.
clearance-signoff-enter-name = Escriba su nombre para firmar.
clearance-signoff-override-reason-needed = Se necesita el motivo de la excepción (en la nota).
clearance-signoff-newer-reason-needed = Se necesita el motivo para cerrar en contra de la visita más reciente (en la nota).
clearance-signoff-note-needed = Se necesita una nota para firmar una evaluación en la que no se cumplen todos los criterios.
clearance-signoff-signed-by = Firmado por { $clinician }.
clearance-signoff-earlier = Firmas anteriores
clearance-signoff-status = { $status ->
        [cleared] alta
        [screened] cribado
        [not_yet] aún no
        [incomplete] incompleta
        [all_pass] se cumplen todos
        [cleared_override] alta por excepción
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, visita del { $visit }
clearance-signoff-override-of = Excepción a una evaluación cuyo estado era “{ $status }”. { $note }
clearance-signoff-unknown = desconocido
clearance-signoff-unreadable = No se puede leer la evaluación firmada.

## Editor de plantillas
clearance-editor-title = Plantilla: { $template }
clearance-editor-copy-of = Copia de la clínica de “{ $template }”; la predeterminada sigue disponible.
clearance-editor-name = Nombre
clearance-editor-max-age = Validez de los resultados (días)
clearance-editor-used-for = Se usa para
clearance-editor-required = obligatorio
clearance-editor-remove = Quitar
clearance-editor-remove-tip = quitar “{ $criterion }”
clearance-editor-label = Etiqueta
clearance-editor-source = Fuente
clearance-editor-new-criterion = Nuevo criterio
clearance-editor-add-criterion = Añadir criterio
clearance-editor-new-criterion-label = Nuevo criterio: { $kind }
clearance-editor-new-criterion-source = elección de la clínica
clearance-editor-save = Guardar plantilla
clearance-editor-cancel = Cancelar
clearance-editor-delete = Eliminar plantilla
clearance-editor-delete-tip = solo la copia de la clínica
clearance-editor-test = Prueba
clearance-editor-divided-by = dividido por
clearance-editor-per-side = Por lado
clearance-editor-best = mejor
clearance-editor-mean = media
clearance-editor-sides = Lados
clearance-editor-each = cada uno
clearance-editor-involved = afectado
clearance-editor-lsi-at-least = LSI mínimo (%)
clearance-editor-asymmetry-at-most = Asimetría máxima (%)
clearance-editor-quantity = Magnitud
clearance-editor-at-least = Mínimo
clearance-editor-at-least-baseline = Mínimo (% del valor prelesional)
clearance-editor-pain-at-most = Dolor máximo (0-10), en todas las pruebas de la visita
clearance-editor-visa-h-at-least = VISA-H mínimo
clearance-editor-score = Puntuación
clearance-editor-or-improving = o en mejora
clearance-editor-over-visits = durante (visitas)
clearance-editor-between = entre
clearance-editor-and = y
clearance-editor-reps-at-least = Mínimo (repeticiones)
clearance-editor-provocation = Las pruebas de provocación registradas en la visita son todas negativas.
clearance-editor-manual = Marcado por el profesional en cada visita.
clearance-editor-any-of = Se cumple si se cumple cualquiera de estos:
clearance-editor-first-with-data = Decide el primero de estos que tenga datos:
clearance-editor-tests-done = Cada una de estas pruebas, registrada en ambos lados:

## Plantillas incorporadas (sus nombres, criterios y fuentes)
# Las citas ($citation1, $citation2: autor et al. año) son fuentes publicadas: se conservan.
clearance-hamstring-strain-name = Lesión muscular de isquiotibiales
clearance-hamstring-strain-source = { $citation1 } (consenso Delphi sobre el retorno a la competición tras una lesión de isquiotibiales), con umbrales objetivos
clearance-hamstring-strain-knee-flexion-90-lsi-label = Flexión isométrica de rodilla 90/90: LSI de al menos el 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Flexión isométrica de rodilla, en prono 0-30°: LSI de al menos el 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; evaluación en el rango final según { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nórdico: LSI de al menos el 90 %
clearance-hamstring-strain-nordic-strength-label = Nórdico: cada pierna al menos 337 N, o al menos el 100 % de la basal prelesional
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (fútbol: < 337 N aumenta el riesgo de lesión muscular de isquiotibiales)
clearance-hamstring-strain-no-pain-label = Sin dolor (0/10) en ninguna prueba de fuerza
clearance-hamstring-strain-bridge-lsi-label = Puente unipodal de isquiotibiales: LSI de al menos el 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; prueba según { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Puente unipodal de isquiotibiales: al menos 25 repeticiones por lado
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (menos de unas 20, deficiente; unas 25, promedio; más de 30, bueno)
clearance-hamstring-strain-palpation-pain-free-label = Sin dolor a la palpación
clearance-hamstring-strain-flexibility-symmetric-label = Flexibilidad de isquiotibiales similar a la del otro lado
clearance-hamstring-strain-field-tests-done-label = Pruebas de campo específicas del deporte completadas
clearance-hamstring-strain-athlete-ready-label = El deportista se siente preparado
clearance-hamstring-london-2023-name = Lesión de isquiotibiales, consenso de Londres 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Flexión isométrica de rodilla 90/90: dentro del 10 % del valor prelesional (si existe; si no, LSI de al menos el 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Flexión isométrica de rodilla, en prono 0-30°: dentro del 10 % del valor prelesional (si existe; si no, LSI de al menos el 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nórdico: dentro del 10 % del valor prelesional (si existe; si no, LSI de al menos el 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Fuerza isométrica máxima evaluada en rango medio y externo (flexión de rodilla a 90° y a 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Sin aprensión
clearance-hamstring-london-2023-athlete-ready-label = Preparación autopercibida del deportista
clearance-hamstring-london-2023-sprint-loads-done-label = Cargas de esprint próximas a las de competición completadas
clearance-hamstring-london-2023-running-pain-mild-label = Dolor al correr como mucho leve, y no peor 24 horas después
clearance-proximal-hamstring-tendinopathy-name = Tendinopatía proximal de isquiotibiales
clearance-proximal-hamstring-tendinopathy-source = según { $citation1 } (progresión de cargas) y { $citation2 } (monitorización del dolor)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Dolor durante las pruebas de carga de como máximo 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 seguro, 4-5 aceptable, más de 5 no aceptable)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Dolor a la mañana siguiente no peor que antes
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H en mejora en las 3 últimas visitas
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); la puntuación objetivo la elige la clínica
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Flexión isométrica de rodilla, en prono 0-30°: LSI de al menos el 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Extensión isométrica de cadera: LSI de al menos el 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Pruebas de provocación negativas
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (estiramiento con rodilla flexionada modificado: sensibilidad 89 %, especificidad 91 %)
clearance-glute-hip-name = Fuerza de glúteo / cadera
clearance-glute-hip-source = simetría como en los criterios de isquiotibiales; valores normativos de aducción:abducción de cadera según { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Abducción isométrica de cadera: LSI de al menos el 90 %
clearance-glute-hip-hip-abduction-lsi-source = la regla de simetría del 90 % de los criterios de isquiotibiales ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Extensión isométrica de cadera: LSI de al menos el 90 %
clearance-glute-hip-hip-extension-lsi-source = la regla de simetría del 90 % de los criterios de isquiotibiales ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Ratio aducción:abducción entre 1.0 y 1.4 en cada lado
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (fútbol profesional: 1.2 ± 0.2)

## El informe impreso (PDF), el texto CSV del informe, los métodos detrás de los números y la
## pantalla Exportar. El informe se redacta en un idioma elegido para él, que puede ser distinto del de la aplicación.

## Métodos: una frase por dato, con la redacción de un apartado de métodos clínico

methods-sentence = { $label }: { $text }.
methods-list-and = { $rest } y { $last }
methods-label-analysis = Análisis
methods-label-reps = Repeticiones
methods-label-onset = Inicio
# "RFD" = tasa de desarrollo de la fuerza (rate of force development); se conserva la abreviatura.
methods-label-rfd = RFD
methods-label-result = Resultado
methods-label-asymmetry = Asimetría
methods-label-lsi = LSI
methods-label-hq = H:Q
methods-label-mdc = MDC95
methods-label-devices = Dispositivos
methods-label-left-out = Excluidos
methods-analysis = curvas fuerza-tiempo analizadas con ForceTrack (revisión del análisis { $revision }); cada repetición se mide desde su propia línea base, los { $window } ms de mayor reposo antes de su ascenso
# DE = desviación estándar (SD).
methods-reps-auto = una repetición comienza cuando la fuerza supera max({ $floor }, { $multiple } × la DE de la línea base del ensayo)
methods-reps-fixed = una repetición comienza por encima de un umbral fijo de { $threshold }
methods-reps-with-fixed = { $rule } (umbral fijo: { $fixed })
methods-threshold-for-test = { $threshold } para { $test }
methods-onset = fuerza superior en más de max({ $floor }, { $multiple } × la DE de la línea base) a la línea base de la repetición
methods-rfd = tasa de desarrollo de la fuerza en { $windows } ms desde el inicio, RFD pico en una ventana deslizante de { $peak } ms; { $low_rate }
methods-result =
    { $summary ->
        [mean] la media de los picos de fuerza de las repeticiones aceptadas por lado alimenta la asimetría y el cambio; CV = DE / media × 100, repeticiones poco consistentes por encima del { $cv } %
       *[best] el mejor (mayor) pico de fuerza de las repeticiones aceptadas por lado alimenta la asimetría y el cambio; CV = DE / media × 100, repeticiones poco consistentes por encima del { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); verde por debajo del { $amber } %, ámbar desde el { $amber } %, rojo desde el { $red } % de desequilibrio ({ $source }, publicado solo para el nórdico; una convención para las demás pruebas)
methods-lsi = lado afectado / no afectado × 100 (más débil / más fuerte si no hay lado lesionado)
methods-hq = torque flexor / extensor de rodilla a 90° por lado (fuerza × brazo de palanca); { $threshold } ({ $source }; el { $other_value } isocinético de { $other_source } no es trasladable a las ratios isométricas)
methods-hq-no-threshold = sin umbral definido
methods-hq-threshold = umbral de la clínica: al menos { $value }
methods-mdc-percent = { $value } % del resultado anterior
methods-mdc-for-tests = { $value } para { $tests } ({ $source })
methods-mdc-none-for-tests = ninguno para { $tests }, cuyos cambios se muestran tal como se midieron
methods-mdc = el cambio mínimo detectable; un cambio menor está dentro del error de medida: { $list }
methods-unknown-rate = una frecuencia desconocida
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, registrado e introducido a mano
methods-device-entered-by-hand = { $device }, introducido a mano (el pico de cada repetición)
methods-reps-counted = repeticiones contadas por el profesional
methods-source-for-tests = { $source } para { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } ensayo no incluido en ninguno de estos resultados: { $list }
       *[other] { $count } ensayos no incluidos en ninguno de estos resultados: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } fila no incluida en ninguno de estos resultados: { $list }
       *[other] { $count } filas no incluidas en ninguno de estos resultados: { $list }
    }

## Informe: el título y el deportista

report-title = Informe de fuerza y retorno al deporte
report-subtitle = { $name } · visita del { $date }
report-fact-athlete = Deportista
report-fact-date-of-birth = Fecha de nacimiento
report-fact-profile = Perfil
report-fact-external-id = Id externo
report-fact-injury = Lesión
report-fact-injured-on = Fecha de la lesión
report-fact-baseline = Basal prelesional
report-fact-cleared-on = Alta el
report-fact-visit = Visita
report-fact-visa-h = VISA-H
report-fact-provocation = Pruebas de provocación
report-fact-notes = Notas
report-dominant-leg =
    { $side ->
        [left] pierna dominante izquierda
       *[right] pierna dominante derecha
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } día antes de esta visita)
       *[other] { $date } ({ $days } días antes de esta visita)
    }
report-baseline-none = ninguna registrada
report-baseline-visit = visita del { $date }
report-no-episode = sin episodio de lesión (cribado)
report-visit-clinician = profesional: { $name }
report-visit-body-mass = masa corporal { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = estiramiento con rodilla flexionada
report-provocation-modified-bent-knee-stretch = estiramiento con rodilla flexionada modificado
# Masculino: "(test) positivo / negativo", concuerda con todos los nombres de las pruebas.
report-provocation-result =
    { $result ->
        [positive] { $test } positivo
       *[negative] { $test } negativo
    }
report-provocation-value = { $tests } ({ $source })

## Informe: los resultados de la visita

report-results-heading = Resultados de esta visita (fuerzas en { $unit })
report-col-test = Prueba
report-col-side = Lado
report-col-best = Mejor
report-col-mean = Media
report-col-cv = CV
report-col-pain = Dolor
report-col-asymmetry = Asimetría
report-col-lsi = LSI
report-col-change = Cambio
report-band =
    { $band ->
        [green] verde
        [amber] ámbar
       *[red] rojo
    }
report-asymmetry-with-band = { $asymmetry } ({ $band })
report-change-other-device = otro dispositivo: { $value } el { $date }, { $instruments }
report-change-first-visit = primera visita
report-no-tests = No se registró ninguna prueba en esta visita.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side }: { $flags }
report-read-with-care = A interpretar con cautela: { $items }.
report-entered-by-hand = Introducido a mano (el pico de cada repetición, escrito a partir de la pantalla del dispositivo; sin métricas de la curva): { $items }.
report-note-summary =
    { $summary ->
        [mean] Mejor es la mejor repetición, los recuentos son repeticiones; la asimetría, el LSI y el cambio usan la media por lado (véanse los métodos).
       *[best] Mejor es la mejor repetición, los recuentos son repeticiones; la asimetría, el LSI y el cambio usan el mejor valor por lado (véanse los métodos).
    }
report-note-other-device = Otro dispositivo: el valor anterior se tomó con otro tipo de dispositivo o modo (se muestran su valor, fecha y dispositivo); el cambio solo se compara dentro de un mismo tipo de dispositivo.
report-hq-below = { $ratio } (por debajo)
# I = izquierda, D = derecha.
report-hq-earlier-item = { $date }: I { $left } D { $right }
report-hq-line = H:Q (torque flexor / extensor de rodilla a 90°) el { $date }: izquierda { $left }, derecha { $right }; { $threshold }.
report-hq-earlier = Anteriores: { $items }.
report-hq-caveat = H:Q ({ $side }) { $caveat }.

## Informe: evolución entre visitas

report-progress-heading = Evolución entre visitas
report-progress-legend = Izquierda: círculos azules; derecha: cuadrados naranjas; línea discontinua: basal prelesional; línea punteada roja: umbrales de riesgo publicados; línea continua roja: la lesión (las líneas se interrumpen ahí); marcadores vacíos: otro tipo de instrumento que el de los valores más recientes (no comparables: las líneas también se interrumpen ahí); un punto por día (la última visita del día).
report-chart-title = { $test } ({ $unit })
report-unit-reps = repeticiones
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Umbrales: { $thresholds }
report-methods-heading = Métodos

## Informe: alta para el retorno al deporte y firma

report-clearance-heading = Alta para el retorno al deporte: { $template }
report-status-cleared-signed = ALTA (firmada)
report-status-cleared-override-signed = ALTA POR EXCEPCIÓN (firmada)
report-status-screening-all-pass = CRIBADO: SE CUMPLEN TODOS LOS CRITERIOS
report-status-all-pass-not-signed = SE CUMPLEN TODOS LOS CRITERIOS (sin firmar)
report-status-not-yet = AÚN SIN ALTA
report-status-incomplete = INCOMPLETA
report-evaluated-at = { $reason } (evaluado en la visita del { $date })
report-clearance-template =
    { $days ->
        [one] Plantilla: { $source }. Cuentan los resultados de hasta { $days } día antes de la visita. El deportista solo recibe el alta cuando un profesional firma una evaluación en la que se cumplen todos los criterios obligatorios; la decisión es del profesional.
       *[other] Plantilla: { $source }. Cuentan los resultados de hasta { $days } días antes de la visita. El deportista solo recibe el alta cuando un profesional firma una evaluación en la que se cumplen todos los criterios obligatorios; la decisión es del profesional.
    }
report-col-verdict = Veredicto
report-col-criterion = Criterio
report-col-value = Valor
report-col-threshold = Umbral
report-col-source = Fuente
report-col-trend = Tendencia
report-criterion-optional = { $criterion } (opcional)
report-value-with-note = { $value } ({ $note })
# Se conservan los símbolos +, x y ·: la columna de tendencia se escribe con ellos.
report-trend-key = Tendencia: el criterio en las últimas visitas del episodio, de la más antigua a la más reciente (+ cumple, x no cumple, · sin datos).
report-ten-percent-caution = La regla del 10 % debe tomarse con cautela: los déficits de más del 10 % eran frecuentes en el retorno al deporte ({ $source }). Lea los números y las tendencias, no solo el veredicto.
report-signoff-heading = Firma
report-signed-by = Firmado por { $clinician } el { $date } con el estado “{ $status }”.
report-answer-yes = sí
report-answer-no = no
report-answer-withdrawn = respuesta retirada
report-answer-changed = { $check }: { $answer }, por { $clinician } el { $date }
report-answers-changed = Respuestas modificadas después de esta firma (la lista de criterios anterior muestra lo que se firmó): { $items }.
report-not-signed = Aún sin firmar en ForceTrack.
report-sign-clinician = Profesional
report-sign-date = Fecha
report-sign-signature = Firma

## Informe: el pie de cada página y las propiedades del PDF (dibujados por draw.rs)

report-pdf-title = Informe de ForceTrack: { $name }, { $date }
report-footer = { $name } · visita del { $date } · generado por ForceTrack el { $made }
report-page-of = página { $page } de { $pages }

## Informe: la columna de texto del CSV (los nombres de columna y los ids quedan en inglés)

report-csv-entered-by-hand = introducido a mano
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict }: { $criterion }; umbral { $threshold }
report-csv-criterion-optional = { $verdict } (opcional): { $criterion }; umbral { $threshold }
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = retirada
report-csv-answer-changed = { $answer }, por { $clinician } el { $date }

## La pantalla Exportar

export-heading = Exportar
export-kind-visit-summary = Resumen de la visita (una fila por prueba y lado)
export-kind-history = Historial del deportista (una fila por visita y prueba)
export-kind-traces = Señales en bruto (un CSV por ensayo)
export-kind-all = Todo (todas las tablas y señales, para investigación o para otro equipo)
export-athlete = Deportista: { $name }
export-open-athlete-first = Abra primero un deportista (o exporte todo).
export-all-visits = todas las visitas
export-visit = Visita
export-separator = Separador
export-separator-comma = coma
export-separator-semicolon = punto y coma
export-separator-tab = tabulador
export-decimal-comma = coma decimal (1,5)
export-decimal-comma-needs-separator = la coma decimal necesita otro separador: elija punto y coma o tabulador
export-bom = Excel (UTF-8 con BOM)
export-bom-tip = Inicia el archivo con una marca de orden de bytes (BOM), para que Excel lea los nombres en cualquier alfabeto. Para el resumen de la visita y el historial del deportista.
export-no-visits = Este deportista aún no tiene visitas.
export-button = Exportar…
export-visits-not-read = No se pudieron leer las visitas: { $error }
export-cannot-create = no se puede crear { $path }: { $error }
export-choose-visit = elija una visita
export-open-athlete = abra primero un deportista
export-wrote-rows =
    { $rows ->
        [one] Se escribió { $rows } fila en { $path }
       *[other] Se escribieron { $rows } filas en { $path }
    }
export-wrote-traces =
    { $files ->
        [one] Se escribió { $files } archivo de señal en { $path }
       *[other] Se escribieron { $files } archivos de señal en { $path }
    }
export-exported-all = Se exportaron { $athletes }, { $visits } y { $trials } a { $path }
export-count-athletes =
    { $count ->
        [one] { $count } deportista
       *[other] { $count } deportistas
    }
export-count-visits =
    { $count ->
        [one] { $count } visita
       *[other] { $count } visitas
    }
export-count-trials =
    { $count ->
        [one] { $count } ensayo
       *[other] { $count } ensayos
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } ensayo excluido, dañado: { $list }
       *[other] { $count } ensayos excluidos, dañados: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } fila excluida, dañada: { $list }
       *[other] { $count } filas excluidas, dañadas: { $list }
    }

## Las opciones del informe (junto a los botones del informe)

export-report-language = Idioma del informe
export-report-language-tip = El informe se redacta en este idioma, sea cual sea el idioma de la aplicación.

## Informe: texto que ninguna fuente de este equipo puede imprimir
report-unprintable = no se puede imprimir el informe: ninguna fuente de este equipo tiene el carácter “{ $char }” ({ $code }) de { $place } (instale una fuente que lo tenga: en Debian y Ubuntu, fonts-noto-core y fonts-noto-cjk; o cambie el texto)
report-place-athlete = el nombre del deportista “{ $name }”
report-place-clinician = el nombre del profesional “{ $name }”
report-place-signer = el nombre del profesional que firmó “{ $name }”
report-place-page = “{ $text }” en la página { $page }

## Datos incorporados: pruebas, baterías, perfiles de dispositivo y las palabras del modelo
# Las fuentes publicadas (autor, año) dentro de estos textos se conservan tal cual.

## Pruebas incorporadas
# -cue es la consigna que el profesional dice al deportista, palabra por palabra: en "usted",
# válido en España y Latinoamérica (una clínica que tutee puede adaptarla en sus propias pruebas).

## Prueba: ejercicio nórdico de isquiotibiales

test-nordic-name = Ejercicio nórdico de isquiotibiales
test-nordic-position = De rodillas sobre la tabla acolchada, tobillos en las sujeciones situadas sobre las células de carga, caderas en extensión, brazos cruzados o preparados para frenar la caída.
test-nordic-cue = Inclínese hacia adelante lo más despacio que pueda, mantenga las caderas rectas y resista durante todo el descenso.
test-nordic-lever-arm = la interlínea articular de la rodilla hasta el centro de la correa del tobillo
test-nordic-notes = Excéntrico, ambas piernas a la vez; mejor de 3 por pierna.
test-nordic-threshold-1 = Riesgo, inicio de pretemporada
test-nordic-threshold-2 = Riesgo, final de pretemporada
test-nordic-threshold-3 = Riesgo (fútbol)
test-nordic-norm-1 = Esperado por pierna ≈ 4 × masa corporal + 26

## Prueba: flexión isométrica de rodilla 90/90

test-knee-flexion-iso-90-name = Flexión isométrica de rodilla 90/90
test-knee-flexion-iso-90-position = Decúbito supino, cadera y rodilla a 90°, talón sobre la almohadilla del dinamómetro (o de la estructura fija) en el tercio distal de la pierna.
test-knee-flexion-iso-90-cue = Lleve el talón hacia abajo contra la almohadilla con toda la fuerza que pueda, aumentándola durante un segundo, y manténgala.
test-knee-flexion-iso-90-lever-arm = la interlínea articular de la rodilla hasta el centro de la almohadilla
test-knee-flexion-iso-90-notes = Make test, 3 × 3-5 s de contracción, 30 s de descanso, mejor valor.

## Prueba: flexión isométrica de rodilla, en prono 0-30°

test-knee-flexion-iso-30-name = Flexión isométrica de rodilla, en prono 0-30°
test-knee-flexion-iso-30-position = Decúbito prono, rodilla flexionada 0-30° (15° como en Reurink 2016), almohadilla en el talón.
test-knee-flexion-iso-30-cue = Flexione la rodilla contra la almohadilla con toda la fuerza que pueda y manténgala.
test-knee-flexion-iso-30-lever-arm = la interlínea articular de la rodilla hasta el centro de la almohadilla
test-knee-flexion-iso-30-notes = Prueba en rango final utilizada tras una lesión muscular de isquiotibiales (Reurink et al. 2016 evaluaron a 15°).

## Prueba: cadena posterior isométrica 90/20

test-ipc-90-20-name = Cadena posterior isométrica 90/20
test-ipc-90-20-position = Decúbito supino, talón sobre la plataforma de fuerza colocada en un cajón, cadera a 90°, rodilla a 20°; la otra pierna relajada.
test-ipc-90-20-cue = Empuje el talón hacia abajo contra la plataforma tan fuerte y rápido como pueda y manténgalo 3 segundos.
test-ipc-90-20-lever-arm = el centro articular de la cadera hasta el contacto del talón
test-ipc-90-20-notes = Unilateral, 3 × 3 s, mejor valor.

## Prueba: extensión isométrica de cadera

test-hip-extension-iso-name = Extensión isométrica de cadera
test-hip-extension-iso-position = Decúbito prono, rodilla flexionada a 90°, dinamómetro en la cara posterior del muslo, justo por encima de la rodilla.
test-hip-extension-iso-cue = Eleve el muslo contra mi mano con toda la fuerza que pueda y manténgalo.
test-hip-extension-iso-lever-arm = el trocánter mayor hasta el centro del dinamómetro
test-hip-extension-iso-notes = Glúteo mayor; mejor de 3.

## Prueba: abducción isométrica de cadera

test-hip-abduction-iso-name = Abducción isométrica de cadera
test-hip-abduction-iso-position = Decúbito supino (o lateral), pierna extendida, dinamómetro 5 cm por encima del maléolo lateral.
test-hip-abduction-iso-cue = Empuje la pierna hacia afuera contra mi mano con toda la fuerza que pueda y manténgala.
test-hip-abduction-iso-lever-arm = la espina ilíaca anterosuperior hasta el centro del dinamómetro
test-hip-abduction-iso-notes = Glúteo medio; mejor de 3.
test-hip-abduction-iso-norm-1 = Fútbol profesional (excéntrico)

## Prueba: aducción isométrica de cadera

test-hip-adduction-iso-name = Aducción isométrica de cadera
test-hip-adduction-iso-position = Decúbito supino, pierna extendida, dinamómetro 5 cm por encima del maléolo medial.
test-hip-adduction-iso-cue = Apriete la pierna hacia la otra con toda la fuerza que pueda y manténgala.
test-hip-adduction-iso-lever-arm = la espina ilíaca anterosuperior hasta el centro del dinamómetro
test-hip-adduction-iso-notes = Mejor de 3.
test-hip-adduction-iso-norm-1 = Ratio aducción : abducción

## Prueba: extensión isométrica de rodilla 90/90

test-knee-extension-iso-90-name = Extensión isométrica de rodilla 90/90
test-knee-extension-iso-90-position = En sedestación, cadera y rodilla a 90°, dinamómetro fijado con un cinturón (o la estructura fija) en el tercio distal de la pierna, justo por encima del tobillo.
test-knee-extension-iso-90-cue = Empuje la espinilla hacia adelante contra la almohadilla con toda la fuerza que pueda, aumentándola durante un segundo, y manténgala.
test-knee-extension-iso-90-lever-arm = la interlínea articular de la rodilla hasta el centro de la almohadilla en el tercio distal de la pierna
test-knee-extension-iso-90-notes = Make test, 3 × 3-5 s de contracción, 30 s de descanso, mejor valor. Para la ratio isquiotibiales/cuádriceps (H:Q) con la flexión isométrica de rodilla 90/90 (Maniar et al. 2016: los déficits de H:Q persisten tras el retorno a la competición).

## Prueba: break test de flexión de rodilla

# "Make test" (se empuja contra un dispositivo inmóvil) y "break test" (el examinador vence la
# resistencia del deportista) se conservan en inglés, como en la literatura en español sobre dinamometría manual.
test-knee-flexion-break-name = Break test de flexión de rodilla
test-knee-flexion-break-position = Decúbito prono, rodilla a 90°, dinamómetro en el talón.
test-knee-flexion-break-cue = Mantenga la rodilla flexionada contra mi fuerza; no deje que se la estire.
test-knee-flexion-break-lever-arm = la interlínea articular de la rodilla hasta el centro del dinamómetro
test-knee-flexion-break-notes = Los break tests dan valores un 16-51 % más altos que los make tests: nunca compare unos con otros.

## Prueba: puente unipodal de isquiotibiales

test-single-leg-bridge-name = Puente unipodal de isquiotibiales
test-single-leg-bridge-position = Decúbito supino, talón de la pierna evaluada sobre un cajón de 60 cm, rodilla ligeramente flexionada, la otra pierna vertical, brazos cruzados.
test-single-leg-bridge-cue = Empuje con el talón y eleve la cadera por completo en cada repetición, hasta que no pueda continuar.
test-single-leg-bridge-lever-arm = no aplicable
test-single-leg-bridge-notes = Repeticiones hasta el fallo, una serie por lado: menos de unas 20, deficiente; unas 25, promedio; más de 30, bueno.
test-single-leg-bridge-threshold-1 = Deficiente
test-single-leg-bridge-threshold-2 = Bueno
test-single-leg-bridge-norm-1 = Promedio

## Baterías incorporadas (conjuntos ordenados de pruebas realizadas en una sesión)

battery-hamstring-strain-name = Lesión muscular de isquiotibiales
battery-proximal-hamstring-tendinopathy-name = Tendinopatía proximal de isquiotibiales
battery-glute-hip-name = Glúteo / cadera

## Regiones corporales de las pruebas

region-hamstring = Isquiotibiales
region-glute-hip = Glúteo / cadera
region-quadriceps = Cuádriceps

## Con qué instrumento se realiza una prueba

device-kind-hhd = dinamómetro manual
device-kind-hhd-or-fixed-frame = dinamómetro manual o estructura fija
device-kind-dual-load-cell = doble célula de carga (dispositivo para el nórdico)
device-kind-force-plate = plataforma de fuerza
device-kind-none = ninguno (recuento introducido)

## El tipo de instrumento con el que se midió un ensayo (no se comparan resultados de tipos distintos)

device-kind-instrument-handheld = dinamómetro manual
device-kind-instrument-fixed-frame = estructura fija
device-kind-instrument-load-cell-rig = dispositivo con células de carga
device-kind-instrument-force-plate = plataforma de fuerza

## Tipos de contracción muscular

contraction-isometric = isométrica
contraction-eccentric = excéntrica
contraction-eccentric-break = excéntrica (break)
contraction-endurance = resistencia

## Valores obtenidos de la curva de fuerza de una repetición, además de su pico de fuerza

test-metric-time-to-peak = Tiempo hasta el pico
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Mejor media en 1 s

## Lados (piernas)

side-left = izquierda
side-right = derecha
side-both = ambas
# Letras junto a los valores de asimetría ("12 % I"): I = izquierda, D = derecha.
side-left-letter = I
side-right-letter = D
side-both-letter = I+D

## El sexo del deportista, tal como consta en el perfil

model-sex-female = femenino
model-sex-male = masculino
model-sex-other = otro

## Lesiones

model-injury-hamstring-strain = Lesión muscular de isquiotibiales
model-injury-proximal-hamstring-tendinopathy = Tendinopatía proximal de isquiotibiales
model-injury-distal-hamstring-tendinopathy = Tendinopatía distal de isquiotibiales
model-injury-gluteal-tendinopathy = Tendinopatía glútea
model-injury-other = Otra
model-location-bf-long-head = cabeza larga del bíceps femoral
model-location-bf-short-head = cabeza corta del bíceps femoral
model-location-semitendinosus = semitendinoso
model-location-semimembranosus = semimembranoso
model-location-tendon = tendón
model-injury-grade = grado { $grade }

## La firma de un profesional sobre una evaluación de retorno al deporte

model-signoff-status-all-pass = se cumplen todos
model-signoff-status-not-yet = aún no
model-signoff-status-incomplete = incompleta
model-signoff-status-override = alta por excepción, en contra de la evaluación
model-signoff-override-reason = Motivo de la excepción: { $note }
model-signoff-note = Nota: { $note }

## Perfiles de dispositivo incorporados
# Los nombres de productos y modelos, los comandos (?C, LIST, ?, D, v, UNITS), los ajustes del
# perfil (serial.baud, parse.fields.scale…) y los nombres de menús y formatos (Numeric Only) se conservan.

profile-mark10-name = Medidor de fuerza Mark-10 Series 5/7
profile-mark10-notes = Se interroga con ?C a 50 Hz; la unidad se lee del medidor (LIST) al conectar. Configure el medidor a 115200 baudios (o cambie serial.baud) y salga de su menú (solo responde desde la pantalla principal). La tracción se lee en negativo.
profile-mark10-hint-1 = parece un medidor Mark-10 Series 4, que solo entiende '?' y responde *10 a los demás comandos
profile-mark10-hint-2 = parece un medidor Mark-10 Series 4, que solo entiende '?' y responde *10 a los demás comandos
profile-mark10-series4-name = Medidor de fuerza Mark-10 Series 4
profile-mark10-series4-notes = Se interroga con ? a 20 Hz. El medidor debe enviar su unidad (formato de datos con unidades, no Numeric Only). No tiene comando de puesta a cero: ForceTrack tara por software. La tracción se lee en negativo.
profile-chronojump-force-sensor-name = Sensor de fuerza Chronojump (Arduino + HX711)
profile-chronojump-force-sensor-notes = La placa se reinicia al abrir el puerto: ForceTrack espera 3 s antes del saludo inicial (handshake). Cada comando se responde aproximadamente 1 s después de enviarlo.
profile-chronojump-force-platform-name = Plataforma de fuerza Chronojump, 4 células de carga (binario)
profile-chronojump-force-platform-notes = Las cuentas multiplicadas por parse.fields.scale dan newtons: el firmware no envía su calibración, así que calibre la escala de cada célula para su plataforma. Cada comando se responde aproximadamente 1 s después de enviarlo.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Transmite desde el encendido; la placa se reinicia al abrir el puerto (unos 1.5 s de silencio). Tare con el menú de la placa, o deje que ForceTrack tare por software. Formato de línea del firmware 1.2.
profile-loadstar-di1000u-name = Interfaz de célula de carga Loadstar DI-1000U
profile-loadstar-di1000u-notes = Los modelos de alta velocidad pueden necesitar 230400 baudios. La unidad procede de la respuesta a UNITS; una unidad desconocida detiene la conexión indicando su nombre.
profile-imada-dst-name = Medidor de fuerza Imada DST/DSV
profile-imada-dst-notes = Se interroga con D a 20 Hz. Modelos USB: configure serial.baud = 256000 y serial.flow_control = "hardware".
profile-nextech-dfs-name = Medidor de fuerza Nextech DFS/DFT
profile-nextech-dfs-notes = Se interroga con v a 20 Hz. Sin confirmar: el formato de respuesta no está publicado; compare las lecturas con un peso conocido.
profile-generic-1ch-name = Flujo CSV genérico de 1 canal (time_us,force)
profile-generic-1ch-notes = Líneas `time_us,force` en newtons; se ignoran las líneas que empiezan por #.
profile-generic-2ch-name = Flujo CSV genérico de 2 canales (time_us,left,right)
profile-generic-2ch-notes = Líneas `time_us,left,right` en newtons; se ignoran las líneas que empiezan por #.
profile-dual-force-plate-name = Doble plataforma de fuerza, 4 células de carga por plataforma
profile-dual-force-plate-notes = Hasta 2000 muestras/s; 2000000 baudios (las placas USB CDC ignoran la velocidad en baudios).
profile-demo-dynamometer-name = Dinamómetro de demostración
profile-demo-dynamometer-notes = Un deportista simulado; no necesita hardware.
profile-demo-nordic-rig-name = Dispositivo nórdico de demostración
profile-demo-nordic-rig-notes = Un deportista simulado; no necesita hardware.
profile-demo-force-plate-name = Plataforma de fuerza de demostración
profile-demo-force-plate-notes = Un deportista simulado; no necesita hardware.

profile-hint-choose = { $hint }: elija el perfil “{ $profile }” en lugar de “{ $current }”

## Problemas con los valores escritos, junto al campo del formulario (y en la línea de comandos)

problem-given-name-needed = se necesita un nombre
problem-family-name-needed = se necesitan los apellidos
problem-name-control-character = el nombre contiene el carácter de control { $code }
problem-name-empty = el nombre está vacío
problem-name-invisible = el nombre no tiene ningún carácter visible (solo { $codes })
problem-date-in-future = { $date } es una fecha futura
problem-date-before-year = { $date } es anterior a { $year }
problem-date-before-birth = { $date } es anterior a la fecha de nacimiento
problem-cleared-before-injury = la fecha de alta { $cleared } es anterior a la fecha de la lesión { $injury }
problem-dominant-leg = la pierna dominante es la izquierda o la derecha
problem-body-mass = { $mass } kg no es una masa corporal plausible (entre { $min } y { $max } kg)
problem-lever-arm = un brazo de palanca de { $value } m no es plausible (mayor que 0, como máximo 2 m)
problem-peak-force = { $value } { $unit } no es un pico de fuerza válido (mayor que 0, como máximo { $max })
problem-recording-force = una fuerza de { $value } N supera el rango de cualquier dispositivo (como máximo { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } muestra en { $duration } s es demasiado poco
       *[other] { $samples } muestras en { $duration } s son demasiado pocas
    } para analizar: un registro necesita al menos { $min_samples } muestras en { $min_duration } s (sus primeros { $baseline } s son la línea base)
problem-not-a-date = “{ $text }” no es una fecha: escríbala como { $hint }, p. ej. { $example }
problem-not-a-number = “{ $text }” no es un número: escriba uno, p. ej. { $example }


## Built-in tests: where each MDC95 default comes from

test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (flexión isométrica de rodilla, HHD fijo: MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (flexión isométrica de rodilla, HHD fijo: MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (extensión de cadera con HHD: variación entre sesiones < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (abducción de cadera con HHD: variación entre sesiones < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (aducción de cadera con HHD: variación entre sesiones < 5-6 %)


## Análisis: asimetría, métricas, avisos de calidad, resultados introducidos a mano
## Fórmulas de asimetría (un ajuste de la clínica; se nombran en resultados, historial, configuración e informe)

asym-formula-percent-difference = Diferencia porcentual
asym-formula-lsi = Índice de simetría entre miembros
asym-formula-symmetry-index = Índice de simetría
asym-formula-symmetry-angle = Ángulo de simetría
# D = derecha, I = izquierda.
asym-formula-ratio = Ratio D/I

# Cada fórmula desarrollada. D = pierna derecha, I = pierna izquierda.
asym-definition-percent-difference = (más fuerte - más débil) / más fuerte × 100, con el lado más débil
asym-definition-lsi = afectado / no afectado × 100 (más débil / más fuerte si no hay lado lesionado)
asym-definition-symmetry-index = (D - I) / ({ $half } (D + I)) × 100
asym-definition-symmetry-angle = (45° - atan(I/D)) / 90° × 100
asym-definition-ratio = D / I

asym-source-lsi = índice de simetría entre miembros (los criterios de retorno al deporte se expresan con él)
asym-source-ratio = derecha / izquierda

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Valores de asimetría

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } más fuerte)

## De dónde proceden las bandas de asimetría

# RR = riesgo relativo (de lesión muscular de isquiotibiales); se conserva la abreviatura.
asym-bands-source-nordic = { $source }: desequilibrio en el nórdico >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rugby a XV)
asym-bands-source-all-tests = publicadas solo para el nórdico ({ $source }: desequilibrio >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rugby a XV); para las demás pruebas, las mismas bandas son una convención
asym-bands-source-other-test = no hay bandas de riesgo publicadas para esta prueba: las bandas son una convención (tomadas del desequilibrio en el nórdico, { $source })

## Métricas de una repetición

analysis-metric-peak-force = Pico de fuerza
analysis-metric-time-to-peak = Tiempo hasta el pico
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = RFD pico
analysis-metric-impulse = Impulso
analysis-metric-best-1s-mean-force = Mejor fuerza media en 1 s

## Qué significa el aviso de calidad de una repetición (información junto a las pocas palabras del aviso)

flag-explain-noisy-baseline = ruido de la línea base superior al 5 % del pico de fuerza
flag-explain-not-sustained = fuerza media inferior al 75 % del pico: la contracción no se mantuvo
flag-explain-clipped = 3 o más muestras en el máximo del dispositivo: el pico puede estar recortado
flag-explain-poor-fit = error del modelo exponencial superior al 5 % de la fuerza media
flag-explain-fit-failed = el ascenso no sigue un modelo exponencial
flag-explain-baseline-from-trial-start = sin { $window } s de reposo antes del ascenso: la línea base son los primeros { $window } s del ensayo
flag-explain-low-sample-rate = muestreado por debajo de 200 Hz: la RFD 0-50 ms y la RFD pico abarcan pocas muestras y son imprecisas

## Resultados introducidos a mano: qué impide guardarlos

entered-no-such-test = no existe la prueba “{ $test }” en la biblioteca de pruebas
entered-count-test = { $test } se mide por número de repeticiones, no por pico de fuerza
entered-one-leg-at-a-time = { $test } se evalúa una pierna cada vez: introduzca cada pierna por separado (izquierda o derecha)
# "both": el valor del lado "ambas piernas a la vez", tal como se escribe.
entered-right-peaks-one-leg = los picos de la pierna derecha son para una prueba de ambas piernas a la vez (lado both)
entered-device-not-named = no se ha indicado el nombre del dispositivo
entered-device-name-control-character = el nombre del dispositivo contiene el carácter de control { $code }
entered-device-name-empty = el nombre del dispositivo está vacío
entered-device-name-invisible = el nombre del dispositivo no tiene ningún carácter visible (solo { $codes })
entered-device-name-too-long = { $max ->
        [one] el nombre del dispositivo supera { $max } carácter
       *[other] el nombre del dispositivo supera los { $max } caracteres
    }
entered-no-peak-left = no se introdujo ningún pico para la pierna izquierda
entered-no-peak-right = no se introdujo ningún pico para la pierna derecha
entered-no-peak = no se introdujo ningún pico
entered-pain-range = el dolor se puntúa de 0 a 10
entered-date-in-future = la fecha { $date } es futura
entered-date-before-year = la fecha { $date } es anterior a { $year }

## Dispositivo y adquisición: el estado del enlace, lo que dijo el dispositivo, las lecturas perdidas,
## el diario del registro, los puertos serie y los perfiles de dispositivo, los dispositivos de demostración

## El estado del enlace (la etiqueta de la barra de estado y del panel del dispositivo)

link-state-connecting = conectando
link-state-connected = conectado
link-state-streaming = transmitiendo
link-state-disconnected = desconectado: { $reason }
link-state-reconnecting = reconectando (intento { $attempt }, en { $seconds } s)
link-state-error = error: { $reason }
link-state-closed = cerrado

## Por qué se perdió el enlace con el dispositivo

link-write-failed = fallo de escritura: { $error }
link-read-failed = fallo de lectura: { $error }
link-port-closed = el puerto se cerró

## Líneas del dispositivo que no eran muestras (información de la barra de estado)

link-rejected = { $reason }: { $text }
link-rejected-garbage = línea no reconocida
link-rejected-overlong = línea demasiado larga
link-rejected-unknown-unit = unidad desconocida
link-rejected-not-text = no es texto
link-rejected-bad-frame = bytes fuera de una trama
link-rejected-incomplete = incompleta al final del flujo
link-rejected-no-unit = valor sin unidad
link-rejected-time-jump = salto en el tiempo del dispositivo
link-rejected-time-ahead = un tiempo { $seconds } s por delante del flujo, y luego hacia atrás
link-rejected-time-jumped = el tiempo { $time } saltó { $step } s

## La sesión con el dispositivo: comandos que el dispositivo no respondió o rechazó

device-session-no-reply-within = sin respuesta a '{ $command }' en { $seconds } s (se esperaba { $expected })
device-session-no-data-within = sin datos en { $seconds } s
device-session-no-data-for = sin datos durante { $seconds } s
device-session-refused = el dispositivo rechazó '{ $command }': { $error }
device-session-refused-hint = el dispositivo rechazó '{ $command }': { $error }; { $hint }
device-session-meaning-hint = { $meaning }; { $hint }
device-session-unit-refused = el dispositivo indica su unidad como '{ $unit }', que el perfil “{ $profile }” no incluye

## El dispositivo conectado (el panel del dispositivo: tara, mensajes del dispositivo)

acq-tared-by-device = tarado por el dispositivo
acq-tared-in-software = tarado por software (el dispositivo no tiene comando de tara)
acq-not-tared = sin tarar: aún no hay lecturas con las que tarar
acq-device-error = error del dispositivo { $code }
acq-device-error-meaning = error del dispositivo { $code }: { $meaning }
acq-no-reply = sin respuesta a '{ $command }'
acq-device-lost-at = { $state } a los { $seconds } s

## El diario: las muestras de un registro guardadas en la base de datos mientras se realiza (la información
## de la barra de estado, y un ensayo que no se pudo guardar)

acq-journal-cannot-open = no se puede abrir el diario: { $error }
acq-journal-database-not-opened = no se pudo abrir la base de datos
acq-journal-cannot-start = no se puede iniciar el diario: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } muestra sin diario donde guardarse
       *[other] { $count } muestras sin diario donde guardarse
    }
acq-journal-cannot-discard = no se puede descartar un registro: { $error }
acq-journal-write-failed = fallo de escritura en el diario: { $error }
acq-journal-not-in-journal = este registro no está en el diario
acq-journal-cannot-save = no se puede guardar el ensayo: { $error }

## Lecturas enviadas por el dispositivo que faltan (información de la barra de estado, notas de un ensayo)

readings-missing =
    { $count ->
        [one] falta { $number } lectura enviada por el dispositivo: { $basis }
       *[other] faltan { $number } lecturas enviadas por el dispositivo: { $basis }
    }
readings-missing-about =
    { $count ->
        [one] falta aproximadamente { $number } lectura enviada por el dispositivo: { $basis }
       *[other] faltan aproximadamente { $number } lecturas enviadas por el dispositivo: { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] el reloj del dispositivo muestra huecos de { $seconds } s en total donde correspondía { $number }
       *[other] el reloj del dispositivo muestra huecos de { $seconds } s en total donde correspondían { $number }
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } línea dañada donde correspondían lecturas
       *[other] { $number } líneas dañadas donde correspondían lecturas
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } decodificada pero no entregada a tiempo
       *[other] { $number } decodificadas pero no entregadas a tiempo
    }
readings-basis-join = { $first }; { $next }

## Puertos serie y perfiles de dispositivo (el panel del dispositivo, Configuración)

port-info-cannot-list = no se pueden enumerar los puertos serie: { $error }
port-info-profiles-share-usb-id = { $port }: los perfiles { $profiles } coinciden todos con su id USB { $usb }; se ofrece primero “{ $first }” (el primero de la lista): elija el del dispositivo conectado
port-info-profile-shadowed = perfil “{ $id }”: se usa { $used }, no { $unused } ({ $why })
port-info-built-in-profile = el perfil incorporado “{ $name }”
port-info-shadowed-demo = los dispositivos de demostración siempre usan sus perfiles incorporados: dé otro id a este
port-info-shadowed-replaces-built-in = un perfil de una carpeta de dispositivos sustituye al incorporado que tiene su mismo id
port-info-shadowed-same-folder = dos archivos de una misma carpeta tienen este id; se usa el último por nombre de archivo: dé otro id a uno de ellos
port-info-shadowed-read-after = { $later } se lee después de { $earlier }
port-info-hint-profile-missing = perfil “{ $id }”: una indicación nombra el perfil “{ $profile }”, que no está cargado
port-info-usb-id-claimed = el id USB { $usb } lo reclaman { $profiles }: un puerto con ese id ofrece primero “{ $first }”; elija el del dispositivo conectado
port-info-and = { $list } y { $next }

## Los dispositivos de demostración

demo-device-no-profile = no hay perfil incluido devices/{ $file }
demo-device-cannot-start = no se pudo iniciar el dispositivo de demostración: { $error }
demo-device-failed = el dispositivo de demostración falló

## Los datos de la clínica: lo que rechazó un guardado, una fila que no se puede leer, lo que se muestra
## cuando no se puede usar una base de datos o un servidor de la clínica, y algunas piezas pequeñas de
## la aplicación (la columna de retorno al deporte de la lista de deportistas)
# Estas frases empiezan en minúscula: las pantallas suelen mostrarlas tras palabras propias
# ("No guardado: ...", "No se pudo abrir la clínica: ..."). Rutas, errores SQL y lo que dijo el
# servidor llegan en inglés, en $detail.

## Lo que contiene una visita

store-trials = { $count ->
    [0] sin ensayos
    [one] { $count } ensayo: { $tests }
   *[other] { $count } ensayos: { $tests }
}

## Un guardado rechazado: otra persona modificó el mismo registro mientras tanto

conflict-changed-by-at =
    no guardado: { $login } modificó { $what ->
        [athlete] este deportista
        [injury-episode] este episodio de lesión
        [visit] esta visita
        [setting] este ajuste
        [clearance-template] esta plantilla de alta
       *[other] este registro
    } el { $when } mientras usted editaba. Lo que ha escrito se conserva aquí; revise el cambio de esa persona (cancele y vuelva a abrir) y vuelva a hacer el suyo
conflict-changed-by =
    no guardado: { $login } modificó { $what ->
        [athlete] este deportista
        [injury-episode] este episodio de lesión
        [visit] esta visita
        [setting] este ajuste
        [clearance-template] esta plantilla de alta
       *[other] este registro
    } mientras usted editaba. Lo que ha escrito se conserva aquí; revise el cambio de esa persona (cancele y vuelva a abrir) y vuelva a hacer el suyo
conflict-changed-at =
    no guardado: otra persona modificó { $what ->
        [athlete] este deportista
        [injury-episode] este episodio de lesión
        [visit] esta visita
        [setting] este ajuste
        [clearance-template] esta plantilla de alta
       *[other] este registro
    } el { $when } mientras usted editaba. Lo que ha escrito se conserva aquí; revise el cambio de esa persona (cancele y vuelva a abrir) y vuelva a hacer el suyo
conflict-changed =
    no guardado: otra persona modificó { $what ->
        [athlete] este deportista
        [injury-episode] este episodio de lesión
        [visit] esta visita
        [setting] este ajuste
        [clearance-template] esta plantilla de alta
       *[other] este registro
    } mientras usted editaba. Lo que ha escrito se conserva aquí; revise el cambio de esa persona (cancele y vuelva a abrir) y vuelva a hacer el suyo

## No se puede usar la base de datos de la clínica, o no se puede leer una de sus filas

store-error-data-dir = no se puede crear la carpeta de datos { $path }: { $detail }
store-error-open = no se puede abrir la base de datos { $path }: { $detail }
store-error-damaged = la base de datos { $path } está dañada ({ $detail }). Cópiela a un lugar seguro y restaure la copia de seguridad más reciente de { $backups }
store-error-too-new = la base de datos { $path } la escribió una versión más reciente de ForceTrack (esquema { $found }; este programa conoce hasta el { $known })
store-error-backup = no se puede hacer una copia de seguridad de la base de datos en { $path }: { $detail }
store-error-not-found = { $what ->
        [athlete] el deportista
        [injury-episode] el episodio de lesión
        [visit] la visita
        [deleted-visit] la visita eliminada
        [trial] el ensayo
        [journal-recording] el registro del diario
       *[other] el registro
    } { $id } no existe
store-error-corrupt = no se pueden leer los datos almacenados: { $detail }
store-error-damaged-samples = ensayo { $trial }: sus muestras almacenadas están dañadas ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] deportista
        [injury-episode] episodio de lesión
        [visit] visita
        [trial] ensayo
        [sign-off] firma
        [manual-check-answer] respuesta de comprobación manual
        [setting] ajuste
        [clinic-defined-test] prueba definida por la clínica
        [clinic-defined-battery] batería definida por la clínica
        [clinic-defined-clearance-template] plantilla de alta definida por la clínica
       *[other] fila
    } { $id }: su celda '{ $column }' no es válida ({ $detail })
store-damaged-trial = ensayo { $trial } (deportista { $athlete }, visita del { $date }): sus muestras almacenadas están dañadas ({ $detail })
store-error-busy = error de la base de datos: { $detail }
store-error-disk-full = error de la base de datos: { $detail }
store-error-database = error de la base de datos: { $detail }
store-error-server = error de la base de datos: { $problem }
store-error-offline = error de la base de datos: no se puede conectar con el servidor de la clínica

## El servidor de la clínica: por qué este equipo no puede usarlo
# Se conservan las direcciones, "postgresql://LOGIN@HOST/DATABASE", "sslmode=...", "?sslrootcert=FILE",
# "~/.pgpass", "PGPASSWORD" y "TLS". "Puesto" = cada equipo (station) que usa la clínica.

server-error-not-an-address = “{ $address }” no es una dirección de servidor de la clínica: escríbala como postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } no es un valor conocido: omítalo (TLS, con verificación del certificado) o escriba sslmode=disable
server-error-address-unreadable = no se puede leer la dirección del servidor de la clínica “{ $address }”: { $detail }
server-error-address-no-database = la dirección del servidor de la clínica “{ $address }” no indica ninguna base de datos
server-error-needs-ca-file = el servidor de la clínica { $host } está en otro equipo: indique el archivo de su certificado de CA (?sslrootcert=FILE en la dirección) para que se pueda verificar su certificado; solo puede prescindir de él una clínica que desactive TLS (sslmode=disable)
server-error-ca-file = el archivo del certificado de CA del servidor { $file }: { $detail }
server-error-ca-file-empty = el archivo del certificado de CA del servidor { $file }: no contiene ningún certificado
server-error-connection = el servidor de la clínica { $server }: { $problem }
server-error-wrong-password = contraseña incorrecta para este usuario
server-error-login-refused = el servidor no permite el acceso a este usuario ({ $detail })
server-error-no-such-database = no existe esa base de datos ({ $detail })
server-error-not-allowed = este usuario no tiene permiso para hacer eso ({ $detail })
server-error-changed-meanwhile = otro puesto modificó las mismas filas en el mismo momento; inténtelo de nuevo
server-error-certificate = no se aceptó su certificado ({ $detail })
server-error-refused = rechazó la conexión (ningún servidor de bases de datos escucha en esa dirección y puerto)
server-error-no-answer = no se puede conectar (sin respuesta en 5 s)
server-error-no-such-host = no se puede conectar (no existe ese host o socket)
server-error-unreachable = no se puede conectar ({ $detail })
server-error-password-missing = pide una contraseña: póngala en el archivo de contraseñas de PostgreSQL (~/.pgpass) o en PGPASSWORD
server-error-connection-lost = se perdió la conexión
server-error-no-record = el servidor de la clínica { $server } aún no tiene datos de ForceTrack: créelos una vez con `{ $command }` (en una base de datos vacía)
server-error-older = el servidor de la clínica { $server } tiene la versión del esquema { $found } y este ForceTrack usa la { $known }: el servidor es más antiguo. Cierre ForceTrack en todos los puestos, actualice el servidor una vez con `{ $command }` y actualice los demás puestos
server-error-newer = el servidor de la clínica { $server } tiene la versión del esquema { $found }, más reciente que la { $known } de este ForceTrack: lo actualizó un ForceTrack más reciente. Instale esa versión en este puesto

## La columna de retorno al deporte de la lista de deportistas

clinic-rts-status = { $status ->
        [not_yet] ✖ aún no
        [incomplete] ⚠ incompleta
       *[other] ✔ se cumplen todos los criterios
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] repetición
       *[other] repeticiones
    }
