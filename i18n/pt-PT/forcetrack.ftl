# ForceTrack: o texto que o clínico lê, em português europeu (pt-PT).
#
# Tradução do catálogo inglês (i18n/en/forcetrack.ftl): os mesmos identificadores, pela mesma
# ordem e com as mesmas variáveis. Grafia do Acordo Ortográfico de 1990 (como no software
# português: "ativo", "detetável", "ótimo"). Registo impessoal: botões no infinitivo
# ("Guardar", "Cancelar"); instruções no imperativo formal ou no infinitivo, sem "você".
# Termos: ver i18n/pt-PT/glossary.md. Plurais: [one] só para 1; 0 usa *[other] em pt-PT.

## Languages (each named in its own language, shown in Settings)

language-en = English
language-es = Español
language-de = Deutsch
language-fr = Français
language-pt-PT = Português (Portugal)
language-pt-BR = Português (Brasil)
language-it = Italiano

## A aplicação: abrir uma clínica, avisos, barra superior, primeiro ecrã, Definições, servidor da
## clínica, gravações deixadas inacabadas por uma falha.

## Abrir uma clínica e os avisos da aplicação

app-prefs-ignored = preferências ignoradas ({ $detail })
app-prefs-cannot-create-folder = não é possível criar { $folder }: { $error }
app-prefs-cannot-write = não é possível escrever { $file }: { $error }
app-prefs-cannot-save = não é possível guardar as preferências: { $error }
app-server-setting-not-used = O servidor da clínica indicado nas Definições não é utilizado: { $error }
app-device-lost-recording-kept = { $reason }: a gravação até esse momento é mantida
app-recording-max-length = A gravação atingiu a duração máxima e parou.
app-opening-demo = A abrir a clínica de demonstração…
app-opening-clinic = A abrir a clínica…
app-opening-detail = { $folder }: a verificar e, se necessário, a atualizar a base de dados
app-stop-recording-before-switching = Pare a gravação antes de mudar de clínica: é guardada nesta.
app-device-stays-connected = { $device } continua ligado.
app-demo-not-made = Não foi possível criar a clínica de demonstração: { $error }
app-damaged-samples = A verificação da base de dados encontrou amostras danificadas, excluídas de todos os resultados: { $list }. Restaure uma cópia de segurança para as recuperar.
app-rows-left-out = Linhas guardadas que não é possível ler, excluídas de todas as listas e resultados: { $list }. Restaure uma cópia de segurança para as recuperar.

## Lista de atletas, ao passar o rato sobre o retorno ao desporto: os critérios obrigatórios que não passam

app-criterion-fail = ✖ não passa: { $criterion } (exige { $needs })
app-criterion-fail-value = ✖ não passa: { $criterion }: { $value } (exige { $needs })
app-criterion-no-data = ? sem dados: { $criterion } (exige { $needs })
app-red-band = { $test } { $date }: assimetria { $asymmetry } (vermelho)

## Barra superior

nav-athletes = Atletas
nav-athletes-tip = todos os atletas
nav-athlete = Atleta
nav-athlete-tip = o perfil do atleta, lesões e consultas
nav-test = Teste
nav-test-tip = realizar uma sessão de testes
nav-history = Histórico
nav-history-tip = evolução ao longo das consultas e curvas gravadas
# "Clearance": a alta para o retorno ao desporto (lista de verificação).
nav-clearance = Alta
nav-clearance-tip = lista de verificação do retorno ao desporto
nav-export = Exportar
nav-export-tip = CSV para folhas de cálculo e investigação
nav-settings = Definições
nav-settings-tip = unidades, fórmulas, limiares, dispositivos
nav-light = ☀ Claro
nav-dark = 🌙 Escuro
nav-theme-tip = alternar entre tema claro e escuro
nav-open-my-clinic = Abrir a minha clínica
nav-open-my-clinic-tip = sair da clínica de demonstração
nav-open-demo = Abrir a clínica de demonstração
nav-open-demo-tip = uma clínica à parte com atletas de exemplo
nav-choose-athlete-first = Escolha primeiro um atleta.

## Primeiro ecrã

welcome-tagline = Avaliação da força dos isquiotibiais e glúteos, histórico e retorno ao desporto
welcome-open-failed = Não foi possível abrir a clínica: { $error }
welcome-explore-demo = Explorar a clínica de demonstração
welcome-demo-description = Seis atletas de exemplo com meses de consultas, numa base de dados própria. Os dispositivos de demonstração não precisam de hardware.
welcome-retry-server = Tentar de novo o servidor da clínica
welcome-clinic-on-server = A clínica deste computador está no servidor da clínica { $server }.
welcome-use-this-computer = Usar a base de dados deste computador
welcome-use-this-computer-description = Em vez disso, a clínica própria deste computador (o servidor da clínica pode voltar a ser escolhido em Definições, Servidor da clínica).
welcome-start-my-clinic = Iniciar a minha clínica
welcome-start-description = Uma clínica vazia para os seus atletas. É possível alternar entre as duas a qualquer momento.
welcome-record-on-server = O registo da clínica está no respetivo servidor; as gravações ficam primeiro neste computador.
welcome-stays-here = Tudo fica neste computador.

## Definições

settings-title = Definições
settings-not-saved-problems = Não guardado: { $problems }.
settings-not-saved-error = Não guardado: { $error }
settings-saved = Definições da clínica guardadas.
settings-save = Guardar definições da clínica
settings-discard = Descartar alterações
settings-unsaved-bar = ⚠ Alterações ainda por guardar, sem efeito até serem guardadas: { $changes }

## Definições: sair com alterações por guardar

settings-unsaved-title = As definições da clínica não estão guardadas
settings-unsaved-changed = Alterado aqui: { $changes }.
settings-unsaved-explain = Não são usadas em lado nenhum (resultados, relatórios, outros computadores) até serem guardadas.
settings-save-and-leave = Guardar e sair
settings-leave-without-saving = Sair sem guardar
settings-stay = Ficar nas Definições

## Definições: o que mudou (listado nas duas mensagens acima)

settings-change-formula = fórmula de assimetria { $formula } (era { $was })
settings-change-summary = valor por lado { $value ->
        [best] melhor repetição
       *[mean] média das repetições
    } (era { $was ->
        [best] melhor repetição
       *[mean] média das repetições
    })
settings-change-bands = faixas de cor: âmbar a partir de { $amber } %, vermelho a partir de { $red } %
settings-change-hq = H:Q mínimo aceitável { $hq }
settings-change-no-hq = sem H:Q mínimo aceitável
settings-change-mdc = MDC de { $tests }
settings-change-other = outras definições da clínica

## Definições: apresentação (este computador)

settings-display = Apresentação (este computador)
settings-language = Idioma
settings-language-tip = o idioma do ForceTrack neste computador
settings-language-unavailable-tip = ainda não traduzido
settings-decimal-separator = Separador decimal
settings-decimal-point-tip = ponto decimal
settings-decimal-comma-tip = vírgula decimal
settings-decimal-separator-tip = como os números são escritos no ecrã e nos relatórios
settings-date-order = Ordem da data
settings-date-order-tip = como as datas são escritas no ecrã e nos relatórios
settings-date-order-ymd = { $today } (ano-mês-dia)
settings-date-order-dmy = { $today } (dia/mês/ano)
settings-date-order-dmy-dots = { $today } (dia.mês.ano)
settings-date-order-mdy = { $today } (mês/dia/ano)
settings-force-unit = Unidade de força
settings-dark = Tema escuro
settings-countdown = Contagem decrescente antes de gravar (s)
settings-renderer = Motor gráfico
settings-renderer-in-use = { $renderer } desenha esta janela
settings-renderer-next = { $renderer } desenha esta janela; { $next } a partir do próximo arranque
settings-renderer-tip = glow é a predefinição: desenha a vista em direto mais depressa na maioria dos computadores. --renderer substitui esta escolha num arranque.

## Definições: as escolhas da clínica

settings-clinic = Clínica (partilhada por todos os computadores que usam esta clínica)
settings-formula = Fórmula de assimetria
settings-summary = Valor por lado para assimetria e evolução
settings-best-rep = melhor repetição
settings-mean-of-reps = média das repetições
settings-summary-note = A melhor é a convenção clínica; a média é a escolha mais fiável para a assimetria ({ $source }).
settings-amber-from = Âmbar a partir de (%)
settings-red-from = Vermelho a partir de (%)
settings-bands-source = Fonte: { $source }.
# H:Q = rácio isquiotibiais/quadricípite (torque); abreviatura mantida como na literatura.
settings-hq-floor = H:Q mínimo aceitável (torque de flexão / extensão do joelho a 90°)
settings-hq-floor-tip = o H:Q mínimo aceitável da clínica
settings-hq-note = Sem predefinição: o ponto de corte isocinético ({ $cutoff }, { $source }) não se aplica a rácios isométricos; cada clínica pode definir o seu.
# MDC95 = mudança mínima detetável com 95 % de confiança; abreviatura mantida.
settings-mdc-heading = Mudança mínima detetável (MDC95) por teste
settings-mdc-test = Teste
settings-mdc-value = MDC95
settings-mdc-source = Fonte
# SEM = erro-padrão da medida (standard error of measurement); abreviatura mantida.
settings-mdc-sem = O seu SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 de { $test }
settings-mdc-clinic-setting = definição da clínica
settings-sem-label = SEM ({ $unit })
settings-sem-use = Usar
settings-sem-use-tip = definir a MDC de { $test } a partir do seu SEM
settings-sem-invalid = '{ $typed }' não é um SEM: escreva um número superior a 0, p. ex. { $example }
settings-sem-error-tip = ver abaixo da tabela
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Predefinição
settings-mdc-default-tip = repor a MDC publicada de { $test }

## Definições: perfis de dispositivo

settings-devices = Perfis de dispositivo
settings-devices-intro = Perfis incorporados, mais os seus em { $folder } e na pasta abaixo.
settings-devices-folder = Pasta de dispositivos adicional
settings-devices-reload = Usar e recarregar
settings-profile-not-loaded = não carregado: { $error }

## Definições: o servidor da clínica

server-heading = Servidor da clínica
server-intro = Vários computadores partilham um único registo no servidor PostgreSQL da clínica; um computador isolado guarda-o na sua própria base de dados. As gravações são sempre registadas primeiro no diário deste computador, pelo que uma gravação nunca espera pela rede.
server-in-use = Este computador usa o servidor da clínica { $server }.
server-none = Este computador usa a sua própria base de dados (sem servidor da clínica).
server-host = Servidor (nome do anfitrião ou endereço)
server-port = Porta
server-database = Base de dados
server-login = Utilizador (o seu)
# CA = autoridade de certificação.
server-ca-file = Ficheiro do certificado da CA do servidor
server-password = Palavra-passe
server-password-tip = guardada apenas no ficheiro de palavras-passe do PostgreSQL, nunca nas definições do ForceTrack
server-tls-off = Desativar o TLS (a ligação não é cifrada: apenas numa rede de confiança)
server-test = Testar a ligação
server-save-password = Guardar a palavra-passe
server-save-password-tip = no ficheiro de palavras-passe do PostgreSQL (~/.pgpass), legível apenas por si
server-use = Usar este servidor da clínica
server-use-this-computer = Usar a base de dados deste computador
server-no-home = sem pasta pessoal para o ficheiro de palavras-passe
server-password-not-saved = a palavra-passe não foi guardada: { $error }
server-password-saved = Palavra-passe guardada em { $file } (legível apenas por si).
server-connected = Ligado a { $server } como { $login }: versão do esquema { $version } (a deste programa: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atletas
    }.
server-connected-encrypted = Ligado a { $server } como { $login }, com cifragem e certificado do servidor verificado: versão do esquema { $version } (a deste programa: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atletas
    }.

## Gravações que uma falha deixou inacabadas

recovery-look-failed = Não foi possível procurar gravações inacabadas: { $error }
recovery-title = Gravações inacabadas
recovery-intro = O ForceTrack parou enquanto estas estavam a ser gravadas. O que foi guardado até ao último momento pode ser mantido.
recovery-unknown-athlete = atleta desconhecido
recovery-test-side = { $side ->
        [left] { $test }, esquerdo
        [right] { $test }, direito
       *[both] { $test }, ambos os membros
    }
recovery-no-test = uma gravação sem teste
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } amostra
       *[other] { $samples } amostras
    } ({ $seconds } s)
recovery-pain-label = Dor durante a gravação
recovery-pain-choose = escolher 0-10
recovery-pain-not-known-chosen = Dor desconhecida
recovery-pain-chosen = Dor { $pain }/10
recovery-pain-not-known = Desconhecida
recovery-keep = Manter como ensaio
recovery-keep-disabled-tip = Escolha primeiro a dor referida pelo atleta durante esta gravação
recovery-discard = Descartar…
recovery-discard-tip = elimina a gravação; é pedida nova confirmação
recovery-discard-confirm = Sim, descartar definitivamente estes { $seconds } s
recovery-do-not-discard = Não descartar
recovery-kept-in-visit = O ensaio mantido está na consulta de { $date }.
recovery-go-on = Continuar essa sessão
recovery-close = Fechar
recovery-decide-later = Decidir mais tarde
recovery-kept = Mantido como ensaio { $trial } da consulta de { $date }.
recovery-discarded = A gravação inacabada foi descartada.
recovery-no-samples = Nenhuma amostra foi guardada antes da paragem.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (tal como gravado)

## Gravação fixa na plataforma de forças de demonstração (um modo de medição)

autorecord-heading = A gravar a plataforma de forças de demonstração: { $duration } de { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } amostra por canal
       *[other] { $samples } amostras por canal
    }

## Sessão: gravação (os passos, gravação em direto, revisão, valores introduzidos, abandonar)

## Lista de passos (painel esquerdo)

run-steps-heading = Testes (⬅ ➡ para mudar)
run-step-not-done = { $mark } { $step } (não realizado)
run-step-not-done-tip = não realizado: { $reason }
run-step-cannot-record-tip = o dispositivo ligado não consegue gravar este teste: { $reason }
run-summary = Resumo ▶
run-tally = { $done } de { $total } realizados
run-tally-not-done = { $done } de { $total } realizados, { $not_done } não realizados

## Passo atual

run-position = Posição: { $position }
run-cue = Instrução: “{ $cue }”
run-connect-device-first = Ligue primeiro um dispositivo.
run-connect-device = Ligue um dispositivo para gravar.
run-device-cannot-record = ⚠ { $device } não consegue gravar este teste: { $reason }.
run-lever-arm = Braço de alavanca (m)
run-lever-arm-hint = medido; para o torque
run-lever-arm-tip = medido desde { $landmark }

## Marcar um passo como "não realizado"

run-marked-not-done = Marcado como não realizado: { $reason }
run-test-after-all = Afinal, testar
run-not-done-today = Não realizado hoje?
run-not-done-reason-hint = motivo, p. ex. sem estrutura de nórdico, dor, tempo
run-mark-both-not-done = Marcar ambos os lados como não realizados
run-mark-not-done = Marcar como não realizado
run-mark-not-done-tip = excluir este teste da consulta de hoje; o motivo fica nas notas da consulta
run-mark-side-not-done =
    { $side ->
        [left] Marcar só o lado esquerdo como não realizado
        [right] Marcar só o lado direito como não realizado
       *[both] Marcar ambos os lados como não realizados
    }
run-mark-side-not-done-tip = o outro lado deste teste fica por testar

## Controlos de gravação

run-start-recording = ⏺ Iniciar gravação
run-rest = Descanso { $time }
run-start-now = ⏺ Iniciar já
run-skip-rest = Saltar descanso
run-cancel = Cancelar
run-stop = ■ Parar
# Nomes das teclas (teclado português).
run-key-space-tip = Espaço
run-key-enter-tip = Enter
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Retrocesso duas vezes
run-cancel-recording-tip = Esc: descartar esta gravação
run-key-escape = Escape
run-key-backspace = Retrocesso
run-press-again-discard = Prima { $key } novamente para descartar esta gravação.
run-press-again-redo = Prima { $key } novamente para a descartar e gravar de novo.
run-press-again-discard-redo = Prima { $key } novamente para descartar esta gravação e gravar de novo.
run-live-rep = Rep. { $number }: { $peak }
run-live-rep-rising = Rep. { $number }: { $peak } …

## Guardar um ensaio

run-trial-saved = Ensaio guardado.
run-trial-kept-offline =
    Ensaio mantido neste computador: não é possível contactar o servidor da clínica. É enviado quando o servidor voltar a responder (a barra de estado conta o que está em espera).
run-trial-not-saved = O ensaio não foi guardado: { $error }.
run-trial-not-saved-rescued = O ensaio não foi guardado: { $error }. A gravação fica guardada em { $path }.
run-trial-not-saved-lost = O ensaio não foi guardado: { $error }. Também não foi possível mantê-lo: { $reason }.
run-not-saved = Não guardado: { $error }

## Revisão de uma gravação

run-device-lost = Dispositivo perdido: { $note }
run-no-effort = Não foi detetado nenhum esforço nesta gravação.
run-counted = Incluída
run-peak = Pico
run-peak-of = Pico { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Alertas
run-rep = Rep. { $number }
run-rep-tip = desmarcar para excluir esta repetição dos resultados
run-accept-trial = ✔ Aceitar ensaio
run-ask-pain-first = Pergunte primeiro pela dor.
run-redo = ↺ Repetir

## Pontuação da dor

run-pain-scale = Dor durante este teste (0-10):
run-pain-value = dor { $value }
run-pain-tip = 0-3 seguro, 4-5 aceitável, acima de 5 não aceitável ({ $source })

## Introduzir os valores de um dispositivo sem protocolo público

run-type-values = Introduzir os valores (dispositivo sem protocolo público)
run-type-values-tip =
    o pico de cada repetição lido no visor do dispositivo (microFET, Lafayette, VALD, Kinvent, uma balança de gancho com retenção do pico); conta como os picos de um ensaio gravado, marcado como 'introduzido manualmente', sem métricas da curva
run-hand-device = Dispositivo
run-hand-device-hint = p. ex. Hoggan microFET 2
run-hand-kind = Tipo
run-hand-kind-tip = a mudança só é comparada dentro do mesmo tipo de dispositivo
run-hand-unit = Unidade no visor
run-hand-left-peaks = Membro esquerdo: pico de cada repetição
run-hand-right-peaks = Membro direito: pico de cada repetição
run-hand-peaks = Pico de cada repetição
run-hand-peaks-empty = escreva o pico de cada repetição, p. ex. { $example }
run-hand-peak-not-a-number = '{ $text }' não é um pico de força em { $unit } (um número superior a 0)
run-hand-leg-problem =
    membro { $side ->
        [left] esquerdo
       *[right] direito
    }: { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best }: introduzido manualmente
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best } ({ $converted }): introduzido manualmente
run-hand-entered-leg =
    { $side ->
        [left] esquerdo
       *[right] direito
    }: { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best }: introduzido manualmente
run-hand-entered-leg-converted =
    { $side ->
        [left] esquerdo
       *[right] direito
    }: { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best } ({ $converted }): introduzido manualmente
run-save = ✔ Guardar

## Um passo que conta repetições

run-reps-completed = Repetições realizadas
run-reps = Repetições
run-reps-hint = número
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = '{ $text }' não é um número de repetições: escreva um número inteiro, p. ex. 22

## Abandonar uma sessão

run-abandon = Abandonar sessão
run-abandon-question-holds = Sair desta sessão? A respetiva consulta contém { $trials }.
run-abandon-question-empty = Sair desta sessão? A respetiva consulta ainda não contém ensaios.
run-abandon-question-added =
    Sair desta sessão? Acrescentou { $added } à consulta de { $date }, que antes tinha { $before ->
        [one] { $before } ensaio
       *[other] { $before } ensaios
    }.
run-abandon-question-added-nothing =
    Sair desta sessão? Não acrescentou nada à consulta de { $date }, que mantém { $before ->
        [one] o seu único ensaio
       *[other] os seus { $before } ensaios
    }.
run-abandon-delete =
    Eliminar a consulta (recuperável durante { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    })
run-abandon-delete-tip = Anular, no ecrã seguinte ou na página do atleta, recupera-a com os seus ensaios
run-abandon-keep =
    Manter a consulta e { $count ->
        [one] o seu único ensaio
       *[other] os seus { $count } ensaios
    }
run-abandon-keep-empty = Manter a consulta (não contém ensaios)
run-abandon-keep-tip = a consulta fica no histórico do atleta tal como está; os testes não realizados não são registados
run-abandon-keep-all =
    Manter a consulta e { $count ->
        [one] o seu único ensaio
       *[other] todos os seus { $count } ensaios
    }
run-abandon-keep-all-tip = os ensaios desta sessão ficam na consulta juntamente com os anteriores
run-abandon-remove =
    Remover { $count ->
        [one] o ensaio que esta sessão acrescentou
       *[other] os { $count } ensaios que esta sessão acrescentou
    }
run-abandon-leave = Sair da sessão
run-abandon-go-on = Continuar a sessão
run-abandon-kept =
    Saiu da sessão. A consulta de { $date } é mantida com { $count ->
        [one] o seu único ensaio
       *[other] os seus { $count } ensaios
    }.
run-abandon-deleted = Consulta de { $date } eliminada com { $trials }.
run-abandon-deleted-empty = Consulta de { $date } eliminada, sem ensaios.
run-abandon-left-earlier =
    Saiu da sessão. A consulta de { $date } mantém { $before ->
        [one] o único ensaio
       *[other] os { $before } ensaios
    } que já tinha.
run-abandon-removed =
    Removido o que esta sessão acrescentou ({ $removed }). A consulta de { $date } mantém { $before ->
        [one] o único ensaio
       *[other] os { $before } ensaios
    } que já tinha.

## Sessão: iniciar uma sessão, o painel do dispositivo, o resumo da sessão, elementos partilhados

## O plano de uma sessão: um teste de um lado (ou de ambos em simultâneo)

session-step-title =
    { $side ->
        [left] { $test }, esquerdo
        [right] { $test }, direito
       *[both] { $test }, ambos os membros
    }
session-step-needs-two-channels = este teste grava ambos os membros em simultâneo: ligue um dispositivo de dois canais (uma estrutura de nórdico ou plataformas de forças)
session-step-channels-do-not-fit = os canais deste dispositivo não servem para este teste
session-step-passed-over = { $device } não consegue gravá-lo: { $reason }
# Escrito nas notas da consulta e relido por uma sessão posterior: manter "({ $reason })." no fim.
session-not-done-note = Não realizado: { $step } ({ $reason }).

## Preparar uma sessão

session-heading = Sessão de testes: { $athlete }
session-current-injury = Lesão atual: { $injury } (desde { $date })
session-not-abandoned = A sessão não foi abandonada: { $error }
session-not-restored = Não recuperada: { $error }
session-undo = Anular
session-undo-tip = recuperar a consulta com os seus ensaios
session-tests = Testes
session-battery = Bateria: { $battery }
session-both-legs-at-once = ambos os membros em simultâneo
session-one-leg-at-a-time = um membro de cada vez
session-visit = Consulta
session-going-on-with-visit = A continuar a consulta de { $date }: os ensaios que contém contam como realizados e os testes que as notas indicam como não realizados contam como não realizados; escolha os testes e o dispositivo.
session-visit-today =
    { $athlete } tem uma consulta hoje ({ $date }, { $count ->
        [one] { $count } ensaio
       *[other] { $count } ensaios
    }).
session-add-to-todays-visit = Acrescentar à consulta de hoje
session-add-to-todays-visit-tip = os testes desta sessão juntam-se a essa consulta: os seus resultados (H:Q, assimetria, alta) são lidos em conjunto
session-or-new-visit = ou preencha uma nova consulta abaixo
session-device = Dispositivo
session-resume = Retomar sessão
session-start = Iniciar sessão
session-choose-a-test = Escolha pelo menos um teste.
session-body-mass = Massa corporal (kg)
session-body-mass-hint = para N/kg
session-clinician = Clínico
session-clinician-hint = o seu nome
session-notes = Notas
# VISA-H: questionário do Victorian Institute of Sport Assessment para a tendinopatia proximal dos isquiotibiais.
session-visa-h-and-provocation = VISA-H e testes de provocação
session-visa-h = VISA-H (0-100)
session-visa-h-hint = pontuação total
session-provocation-source = Testes de provocação segundo { $source }
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Bent-knee stretch
session-modified-bent-knee-stretch = Bent-knee stretch modificado
session-provocation-not-done = não realizado
session-provocation-negative = negativo
session-provocation-positive = positivo
session-visa-h-not-a-number = VISA-H '{ $text }' não é um número
session-body-mass-not-a-number = massa corporal '{ $text }' não é um número
session-visa-h-out-of-range = VISA-H { $value } está fora de 0-100

## Resumo da sessão

session-visit-saved = Consulta guardada.
session-summary-heading = Resumo: { $athlete }
session-summary-no-results = Esta consulta não tem resultados.
session-summary-not-recorded = Não gravado nesta consulta: { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Assimetria: { $formula } = { $definition } ({ $source }). Faixas: verde < { $amber } %, âmbar, vermelho ≥ { $red } % ({ $bands_source }).
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } repetição
       *[other] { $count } repetições
    }
session-summary-entered-by-hand = { $force } (introduzido manualmente)
session-summary-side = Lado
session-summary-count = Contagem
session-summary-reps = Repetições
session-summary-best = Melhor
session-summary-mean = Média
# CV = coeficiente de variação (sigla igual em português).
session-summary-cv = CV
session-summary-pain = Dor
session-summary-since-last-visit = Desde a última consulta
session-summary-flags = Alertas
session-summary-first-visit = primeira consulta
session-summary-visit-notes = Notas da consulta
session-summary-back = ◀ Voltar aos testes
session-summary-save = 💾 Guardar consulta
session-change-vs-mdc = vs. { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = vs. { $since } · os dispositivos não são intermutáveis: a mudança só é comparada dentro do mesmo tipo de dispositivo
session-change-vs-no-mdc = vs. { $since } · sem MDC conhecida para este teste: a mudança é apresentada, não avaliada

## Painel do dispositivo

# "Tara": definir o zero do dispositivo sem nada a puxar.
device-panel-tare = Tara
device-panel-tare-tip = pôr o dispositivo a zero sem nada a puxar
device-panel-disconnect = Desligar
device-panel-connect-a-device = Ligar um dispositivo
device-panel-demo-tip = o atleta simulado; não é necessário hardware
device-panel-find-ports = Procurar portas série
device-panel-ports-found =
    { $count ->
        [one] { $count } encontrada
       *[other] { $count } encontradas
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Perfil
device-panel-connect = Ligar
device-panel-other-port = Outra porta
device-panel-other-port-hint = /dev/pts/3 ou COM4
device-panel-choose = escolher…
device-panel-channel-force = Força
device-panel-channel-left = Esquerdo
device-panel-channel-right = Direito
device-panel-force-now-tip = força atual
device-panel-peak = pico { $force }
device-panel-peak-tip = força mais alta desta gravação
device-panel-device-on-port = { $device } em { $port }
device-panel-no-profile = não existe o perfil de dispositivo '{ $profile }'

## Uma porta série que este utilizador não pode abrir

port-denied-not-in-group = { $port }: permissão negada: a porta pertence ao grupo '{ $group }' e o utilizador não faz parte dele. Adicione o seu utilizador com { $command } e depois termine e volte a iniciar a sessão; ou instale o pacote ForceTrack, que dá à pessoa ao computador acesso aos dispositivos que conhece
port-denied-added-after-login = { $port }: permissão negada: o utilizador está no grupo '{ $group }' a que a porta pertence, mas foi acrescentado depois de iniciar a sessão: termine e volte a iniciar a sessão (ou reinicie o computador)
port-denied-owner-only = { $port }: permissão negada: só o proprietário '{ $owner }' pode abrir a porta (modo { $mode }); instale o pacote ForceTrack, que dá à pessoa ao computador acesso aos dispositivos que conhece, ou peça ajuda a quem gere este computador
port-denied = { $port }: permissão negada; instale o pacote ForceTrack, que dá à pessoa ao computador acesso aos dispositivos que conhece, ou peça ajuda a quem gere este computador
port-short-not-in-group = não permitido: o utilizador não está no grupo '{ $group }'
port-short-added-after-login = não permitido até terminar e voltar a iniciar a sessão (grupo '{ $group }')
port-short-owner-only = não permitido: só '{ $owner }' a pode abrir
port-busy = { $port } está ocupada: outro programa tem a porta aberta (um monitor série, um segundo ForceTrack, o ModemManager): feche-o e volte a ligar ({ $error })
port-not-there = { $port } não existe: o dispositivo está ligado ao computador e aceso? ({ $button } na aplicação e { $command } listam as portas presentes)
port-cannot-open = não é possível abrir { $port }: { $error }

## Barra de estado

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } amostra
       *[other] { $count } amostras
    }
status-samples-tip = amostras recebidas do dispositivo desde que foi ligado
status-readings-missing =
    { $count ->
        [one] { $count } leitura em falta
       *[other] { $count } leituras em falta
    }
status-readings-missing-about =
    { $count ->
        [one] cerca de { $count } leitura em falta
       *[other] cerca de { $count } leituras em falta
    }
status-readings-missing-tip = { $why } (desde que o dispositivo foi ligado)
status-no-readings-missing = 0 leituras em falta
status-no-readings-missing-tip = todas as leituras enviadas pelo dispositivo desde que foi ligado são amostras
status-rejected-tip =
    linhas que não eram amostras nem respostas conhecidas; a última: { $last }
    { $count ->
        [one] { $count } byte descartado
       *[other] { $count } bytes descartados
    } antes da primeira linha completa após a ligação (um fluxo já em curso)
status-rejected-lines =
    { $count ->
        [one] { $count } linha rejeitada
       *[other] { $count } linhas rejeitadas
    }
status-device-errors =
    { $count ->
        [one] { $count } erro do dispositivo
       *[other] { $count } erros do dispositivo
    }
status-no-device = Nenhum dispositivo ligado
status-this-computer = este computador: { $folder }
status-this-computer-tip = o registo da clínica é a base de dados deste computador, nesta pasta de dados
status-clinic-server = servidor da clínica { $host }/{ $database }
status-clinic-server-tip = o registo da clínica está em { $server } (utilizador { $login }); as gravações são registadas primeiro no diário deste computador, em { $folder }
status-server-reachable = SERVIDOR ACESSÍVEL
status-server-not-reachable = SERVIDOR INACESSÍVEL
status-server-not-reachable-tip = a gravação continua: os ensaios terminados aguardam neste computador e são enviados quando o servidor voltar a responder
status-waiting-for-server =
    { $count ->
        [one] { $count } gravação à espera do servidor da clínica
       *[other] { $count } gravações à espera do servidor da clínica
    }
status-waiting-for-server-tip = mantidas neste computador; enviadas automaticamente quando o servidor responder (ou: { $command })
status-demo-clinic = CLÍNICA DE DEMONSTRAÇÃO
status-journal-writes-failed =
    { $count ->
        [one] { $count } escrita no diário falhou
       *[other] { $count } escritas no diário falharam
    }

## Elementos partilhados: a linha do H:Q

widget-hq-title = H:Q (torque de flexão / extensão do joelho, 90°)
widget-hq-side =
    { $side ->
        [left] esquerdo { $value }
       *[right] direito { $value }
    }
widget-hq-no-lever-arm = um rácio de torques exige o braço de alavanca de cada ensaio (acrescente-o em Histórico, curvas gravadas, ou com { $command })
widget-hq-not-both-tests = exige flexão e extensão do joelho 90/90 desse lado nesta consulta
widget-hq-caveat =
    { $side ->
        [left] H:Q esquerdo { $caveat }
       *[right] H:Q direito { $caveat }
    }
widget-hq-source-no-threshold = { $source }; sem limiar definido.
widget-hq-source-threshold = { $source }; limiar da clínica: pelo menos { $threshold }.
widget-side-left = esquerdo
widget-side-right = direito
widget-side-both = ambos os membros

## Elementos partilhados: guardar um ficheiro

widget-save-choose-folder = Escolha uma pasta vazia para a exportação
widget-save-folder-gone = a pasta { $folder } já não existe
widget-save-no-file-manager = este computador não tem um gestor de ficheiros para a mostrar ('{ $program }' não está instalado); os ficheiros estão em { $folder }
widget-save-file-manager-failed = não foi possível iniciar o gestor de ficheiros ({ $program }: { $error }); os ficheiros estão em { $folder }
widget-save-cannot-create = não é possível criar { $folder }: { $error }
widget-save-no-dialog = Não foi possível mostrar uma caixa de diálogo de ficheiros neste sistema, pelo que ainda nada foi guardado.
widget-save-in-own-folder = Guardar na pasta de exportação do ForceTrack ({ $folder })
widget-save-not-now = Agora não
widget-save-saved-in-own-folder = Guardado na pasta de exportação do ForceTrack (este computador não mostra caixas de diálogo de ficheiros): { $folder }
widget-save-open-folder = Abrir pasta
widget-save-cannot-show-folder = Não é possível mostrar a pasta: { $error }.

## Atletas, página do atleta, histórico, gráficos de evolução, visualizador de ensaios e a linguagem dos resultados

## Lista de atletas

athletes-heading = Atletas
athletes-search = Procurar
athletes-search-hint = nome, modalidade ou id
athletes-show-archived = Mostrar arquivados
athletes-add = ➕ Adicionar atleta
athletes-none-yet = Ainda não há atletas: adicione o primeiro.
athletes-none-match = Nenhum atleta corresponde.
athletes-col-status = Estado
athletes-col-athlete = Atleta
athletes-col-return-to-sport = Retorno ao desporto
athletes-col-sport = Modalidade
athletes-col-last-visit = Última consulta
athletes-col-injury = Lesão
# Estado do atleta; "com alta" = autorizado a regressar ao desporto (clearance).
athletes-status-cleared = com alta
athletes-status-cleared-override = com alta (por exceção)
athletes-status-in-rehab = em reabilitação
athletes-status-flagged = sinalizado
athletes-status-no-injury = sem lesão
athletes-status-words = com alta: episódio assinado · com alta (por exceção): assinado contra uma avaliação que não era 'com alta', com justificação · em reabilitação: episódio de lesão em aberto · sinalizado: dor acima de 3/10 na última consulta, ou a assimetria mais recente de um teste na faixa vermelha sem lesão ou desde a alta da lesão
athletes-status-pain = dor { $pain }/10 na última consulta
athletes-status-red = { $status } · vermelho { $test }
athletes-name-archived = { $name } (arquivado)
athletes-open-tip = abrir (Enter); ⬆ ⬇ mover

## Retorno ao desporto (o estado da alta do episódio em aberto, na lista e na página do atleta)

athletes-rts-all-pass = { $total ->
    [one] { $total } de { $total } passa
   *[other] passam todos os { $total }
}
athletes-rts-without-data = { $none ->
    [one] { $none } de { $total } sem dados
   *[other] { $none } de { $total } sem dados
}
athletes-rts-fail = { $fail ->
    [one] { $fail } de { $total } não passa
   *[other] { $fail } de { $total } não passam
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } de { $total } não passa, { $none } sem dados
   *[other] { $fail } de { $total } não passam, { $none } sem dados
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ o { $total } critério passa
   *[other] ✔ passam todos os { $total } critérios
}
athletes-rts-awaiting-signoff-tip = A aguardar a assinatura do clínico: clique para abrir a lista de verificação.
athletes-rts-open-checklist-tip = Clique para abrir a lista de verificação.

## Página do atleta

athlete-saved = Guardado.
athlete-not-restored = Não recuperado: { $error }
athlete-archived = arquivado
athlete-new-session = ▶ Nova sessão de testes
athlete-new-session-tip = testar este atleta agora
athlete-edit-profile = Editar perfil
athlete-archive = Arquivar
athlete-unarchive = Desarquivar
athlete-archive-tip = os atletas arquivados ficam ocultos da lista; nada é eliminado
athlete-date-of-birth = Data de nascimento
athlete-sex = Sexo
athlete-dominant-leg = Membro dominante
athlete-sport = Modalidade
athlete-body-mass = Massa corporal
athlete-external-id = Id externo
athlete-notes = Notas
athlete-episodes = Episódios de lesão
athlete-add-episode = ➕ Adicionar episódio
athlete-episodes-none = Nenhum registado.
athlete-episode-injured = lesão { $date }
athlete-episode-baseline = linha de base pré-lesão { $date }
athlete-episode-cleared = alta { $date }
athlete-visit-id = consulta { $id }
athlete-edit = Editar
athlete-return-to-sport = Retorno ao desporto
athlete-visits = { $visits ->
    [one] Consultas ({ $visits })
   *[other] Consultas ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = abrir o histórico nesta consulta

## Consultas eliminadas na página do atleta

athlete-deleted-heading = { $days ->
    [one] Consultas eliminadas recentemente (recuperáveis durante { $days } dia)
   *[other] Consultas eliminadas recentemente (recuperáveis durante { $days } dias)
}
athlete-deleted-trials = { $count ->
    [0] sem ensaios
    [one] { $count } ensaio: { $tests }
   *[other] { $count } ensaios: { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · eliminada { $deleted }, recuperável até { $until }
athlete-restore-visit = Recuperar a consulta de { $date }
athlete-restored = { $count ->
    [0] Consulta de { $date } recuperada, sem ensaios.
    [one] Consulta de { $date } recuperada com o seu único ensaio: { $tests }.
   *[other] Consulta de { $date } recuperada com os seus { $count } ensaios: { $tests }.
}

## Formulário do atleta (perfil)

athlete-form-new = Novo atleta
athlete-form-edit = Editar atleta
athlete-given-name = Nome próprio
athlete-family-name = Apelido
athlete-body-mass-kg = Massa corporal (kg)
athlete-body-mass-hint = p. ex. { $example }
athlete-external-id-hint = opcional
athlete-form-not-saved = { $problems ->
    [one] Não guardado: { $problems } problema a corrigir (junto aos campos).
   *[other] Não guardado: { $problems } problemas a corrigir (junto aos campos).
}
athlete-save = Guardar atleta
athlete-cancel = Cancelar

## Formulário do episódio de lesão

athlete-episode-form-new = Novo episódio de lesão
athlete-episode-form-edit = Editar episódio de lesão
athlete-injury = Lesão
athlete-side = Lado
# BAMIC = British Athletics Muscle Injury Classification (mantida).
athlete-grade = Grau
athlete-grade-hint = p. ex. BAMIC 2b
athlete-location = Localização
athlete-injury-date = Data da lesão
athlete-baseline = Linha de base pré-lesão
athlete-baseline-none = nenhuma
athlete-baseline-tip = uma consulta anterior à lesão cujos resultados são o normal do próprio atleta
athlete-cleared-on = Alta em
athlete-not-cleared = sem alta: é definida por uma assinatura no ecrã Alta
athlete-cleared-by-signoff = { $date } (definida pela respetiva assinatura)
athlete-save-episode = Guardar episódio
athlete-problem-injury-date-needed = é necessária a data da lesão
athlete-problem-baseline-after-injury = a consulta de { $visit } não é anterior à data da lesão { $injury }: uma linha de base pré-lesão é uma consulta anterior à lesão

## Histórico

history-heading = Histórico: { $athlete }
history-no-visits = Ainda não há consultas.
history-hq-tab = Rácio H:Q
history-hq-heading = Rácio H:Q — torque de flexão / extensão do joelho a 90°, por lado
history-hq-note = { $source }; limiar da clínica: pelo menos { $threshold }. A partir do valor em uso ({ $summary }).
history-hq-note-no-threshold = { $source }; sem limiar definido. A partir do valor em uso ({ $summary }).
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Consulta
history-col-left = Esquerdo
history-col-right = Direito
history-col-asymmetry = Assimetria
history-col-lsi = LSI
# E / D = esquerdo / direito.
history-col-pain = Dor (E / D)
history-progress-heading = { $test } — evolução ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — evolução (repetições)
history-key-left = ⏺ esquerdo
history-key-right = ■ direito
history-key-baseline = - - - linha de base pré-lesão
history-key-injury = | lesão (as linhas interrompem-se aí)
history-key-mdc = sombreado: ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (introduzido manualmente)
history-damaged = { $count ->
    [one] ⚠ Consulta de { $date }: as amostras guardadas do ensaio { $trials } estão danificadas; excluídas de todos os resultados (restaure uma cópia de segurança para as recuperar)
   *[other] ⚠ Consulta de { $date }: as amostras guardadas dos ensaios { $trials } estão danificadas; excluídas de todos os resultados (restaure uma cópia de segurança para as recuperar)
}
history-visits = Consultas
history-visit-opened-tip = a consulta aberta a partir da página do atleta
history-asymmetry-heading = Tendência da assimetria ({ $formula }, { $definition })
history-asymmetry-bands = pontos coloridos por faixa da diferença percentual: ✔ verde < { $amber } %, ⚠ âmbar, ✖ vermelho ≥ { $red } % — { $source }
history-band-green = ✔ verde
history-band-amber = ⚠ âmbar
history-band-red = ✖ vermelho

## Gráficos (histórico)

chart-point-hover =
    { $series }
    { $date }: { $value }
chart-same-day-note = { $count ->
    [one] { $count } consulta do mesmo dia não é desenhada: cada dia mostra a sua última consulta
   *[other] { $count } consultas do mesmo dia não são desenhadas: cada dia mostra a sua última consulta
}
chart-kinds-key = cheios: { $latest }; vazios: { $others } — não comparáveis, a linha interrompe-se onde muda o tipo de instrumento
chart-baseline-left-out = Linha de base pré-lesão ({ $side }) não desenhada: obtida com { $baseline }, não comparável com os valores mais recentes ({ $latest })

## Visualizador de ensaios (curvas gravadas)

trial-heading = Curvas gravadas
trial-visit = Consulta
trial-compare-with = Comparar com
trial-none = nenhuma
trial-lever-arm = Braço de alavanca, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Guardar braços de alavanca
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } apagado
trial-lever-arm-saved = Braço de alavanca guardado ({ $sides }): o torque e o H:Q passam a usá-lo.
trial-lever-arm-note = Medido depois da gravação, ou mal escrito? O braço de alavanca, do eixo articular ao ponto onde o dispositivo fez pressão, dá o torque e o H:Q; deixar vazio se não houver.
trial-curve = { $date } { $side } (ensaio { $trial })
trial-curve-recorded-by = { $date } { $side } (ensaio { $trial }, gravado por { $clinician })
trial-key-left = — esquerdo
trial-key-right = — direito
trial-key-earlier = - - - a consulta anterior
trial-key-marks = ■ barra clara: o repouso usado como linha de base de cada repetição   | início   ♦ pico   sombreado: RFD 0-50 / 100 / 200 ms
trial-help = Tempo desde o início da primeira repetição. Arrastar para deslocar, Ctrl + roda do rato para ampliar, duplo clique para repor; passar o rato para ver os valores.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Resultados: palavras partilhadas pelos ecrãs e pelo relatório impresso

results-summary-best = melhor
results-summary-mean = média
results-reps = { $reps ->
    [one] { $reps } repetição
   *[other] { $reps } repetições
}
results-reps-change = { $count ->
    [one] { $delta } repetição
   *[other] { $delta } repetições
}
results-verdict-improved = melhorou
results-verdict-declined = piorou
results-verdict-within-error = dentro do erro de medição
results-verdict-no-mdc = não avaliado (sem MDC para este teste)
results-verdict-not-comparable = não comparável: dispositivo ou modo diferente
results-change = { $delta }, { $verdict } (desde { $date })
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; agora { $now }, { $now_kinds })
results-mdc-clinic-setting = definição da clínica
results-hq-no-lever-arm = sem braço de alavanca
results-hq-source = H:Q = torque de flexão do joelho / torque de extensão do joelho a 90°. Os défices persistem após o regresso à competição ({ $maniar }); o ponto de corte isocinético ({ $croisier }) não se aplica a rácios isométricos: sem limiar predefinido
results-hq-caveat = { $verdict } (flexão do joelho: { $flexion }; extensão do joelho: { $extension })
results-problem-bands = as faixas de assimetria (âmbar a partir de { $amber } %, vermelho a partir de { $red } %) têm de subir de pelo menos 1 % até no máximo 80 %
results-problem-rep-threshold = o limiar de repetição de { $test } ({ $threshold } N) tem de estar entre 1 e 200 N: acima disso, não é encontrada nenhuma repetição de um teste
results-problem-mdc = a MDC de { $test } ({ $mdc }) tem de ser superior a 0 e no máximo 1000
results-problem-hq = o H:Q mínimo ({ $hq }) tem de estar entre 0.1 e 2

## Alertas: as limitações de qualidade de um resultado em linguagem simples

flag-noisy-baseline = força instável antes da tração
flag-not-sustained = contração não mantida
flag-clipped = máximo do dispositivo atingido: o pico pode ser mais alto
flag-poor-fit = a curva de força ajusta-se mal ao modelo de subida
flag-fit-failed = não foi possível ajustar o modelo de subida
flag-baseline-from-trial-start = sem momento de repouso antes da tração
flag-low-sample-rate = RFD pouco fiável abaixo de 200 amostras/s
flag-inconsistent = repetições inconsistentes (CV acima de 10 %)
flag-excluded-rep-not-found = uma repetição excluída já não é encontrada na gravação

## Alta para o retorno ao desporto
# Lista de critérios que o atleta tem de cumprir antes de regressar ao desporto após uma lesão.
# LSI = índice de simetria entre membros (limb symmetry index); sigla mantida.

## Verdicts and statuses
clearance-verdict-pass = passa
clearance-verdict-fail = não passa
clearance-verdict-no-data = sem dados
clearance-verdict-mark-pass = ✔ passa
clearance-verdict-mark-fail = ✖ não passa
clearance-verdict-mark-no-data = – sem dados
clearance-status-all-pass = todos os critérios passam
clearance-status-not-yet = ainda não
clearance-status-incomplete = incompleto
clearance-status-mark-all-pass = ✔ TODOS OS CRITÉRIOS PASSAM
clearance-status-mark-not-yet = ✖ AINDA NÃO
clearance-status-mark-incomplete = ⚠ INCOMPLETO
clearance-summary = { $status }: { $reason }
# Um atleta sem episódio de lesão é rastreado, não recebe alta.
clearance-summary-screening = rastreio: { $status }: { $reason }
clearance-reason-all-pass = { $total ->
    [one] o { $total } critério obrigatório passa
   *[other] passam todos os { $total } critérios obrigatórios
}
clearance-reason-fail-and-no-data = { $total ->
    [one] { $fail } de { $total } critério obrigatório não passa, { $none } sem dados
   *[other] { $fail } de { $total } critérios obrigatórios não passam, { $none } sem dados
}
clearance-reason-fail = { $total ->
    [one] { $fail } de { $total } critério obrigatório não passa
   *[other] { $fail } de { $total } critérios obrigatórios não passam
}
clearance-reason-no-data = { $total ->
    [one] { $none } de { $total } critério obrigatório não tem dados
   *[other] { $none } de { $total } critérios obrigatórios não têm dados
}

## Tipos de critério (o editor de modelos)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = assimetria
clearance-kind-absolute = força ou torque absoluto
clearance-kind-baseline-percent = % da linha de base pré-lesão
clearance-kind-pain = dor
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = rácio entre dois testes
clearance-kind-reps-count = número de repetições
clearance-kind-provocation = testes de provocação
clearance-kind-manual = verificação manual
clearance-kind-any-of = qualquer um de
clearance-kind-first-with-data = primeiro com dados
clearance-kind-tests-done = testes realizados
clearance-quantity-force-n = força (N)
clearance-quantity-force-n-per-kg = força por kg (N/kg)
clearance-quantity-torque-n-m = torque (N·m)
clearance-quantity-torque-n-m-per-kg = torque por kg (N·m/kg)

## Limiares por extenso
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] média
       *[best] melhor
    }) ≥ { $percent } %
clearance-threshold-asymmetry = assimetria ({ $summary ->
        [mean] média
       *[best] melhor
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] lado afetado
       *[each] cada lado
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] lado afetado
       *[each] cada lado
    } ≥ { $percent } % do valor pré-lesão
clearance-threshold-pain = dor ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } ou a melhorar ao longo de { $count } consulta
   *[other] VISA-H ≥ { $score } ou a melhorar ao longo de { $count } consultas
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H a melhorar ao longo de { $count } consulta
   *[other] VISA-H a melhorar ao longo de { $count } consultas
}
clearance-threshold-visa-h-recorded = VISA-H registado
clearance-threshold-ratio = { $low }-{ $high } em cada lado
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] lado afetado ≥ { $count } repetição
           *[other] lado afetado ≥ { $count } repetições
        }
       *[each] { $count ->
            [one] cada lado ≥ { $count } repetição
           *[other] cada lado ≥ { $count } repetições
        }
    }
clearance-threshold-provocation = todos negativos
clearance-threshold-manual = assinalado pelo clínico
clearance-threshold-or = { $first }, ou { $second }
clearance-threshold-else = { $first }; na falta de dados, { $second }
clearance-threshold-tests-done = { $tests } registados em ambos os lados
clearance-join-and = { $first } e { $second }
clearance-join-semicolon = { $first }; { $second }

## Problemas de um modelo (mostrados quando um modelo é guardado ou lido)
clearance-problem-lsi-percent = LSI { $value } não é uma percentagem
clearance-problem-asymmetry-percent = assimetria { $value } não é uma percentagem
clearance-problem-baseline-percent = percentagem da linha de base { $value } não é uma percentagem
clearance-problem-threshold-negative = o limiar { $value } tem de ser um número igual ou superior a 0
clearance-problem-pain-range = dor { $value } está fora de 0-10
clearance-problem-visa-h-range = VISA-H { $value } está fora de 0-100
clearance-problem-improving-visits = "a melhorar" exige pelo menos 2 consultas
clearance-problem-ratio-empty = o intervalo do rácio { $low }-{ $high } está vazio
clearance-problem-any-of-empty = 'qualquer um de' exige pelo menos uma opção
clearance-problem-first-with-data-empty = 'primeiro com dados' exige pelo menos uma opção
clearance-problem-tests-done-empty = 'testes realizados' exige pelo menos um teste
clearance-problem-no-id = o modelo não tem id
clearance-problem-no-name = o modelo não tem nome
clearance-problem-no-criteria = o modelo não tem critérios
clearance-problem-criterion-no-id = um critério ('{ $label }') não tem id
clearance-problem-criterion-twice = o critério '{ $criterion }' aparece duas vezes
clearance-problem-criterion-no-label = o critério '{ $criterion }' não tem rótulo
clearance-problem-criterion-no-source = o critério '{ $criterion }' não tem fonte
clearance-problem-criterion-no-test = critério '{ $criterion }': não existe o teste '{ $test }' na biblioteca de testes
clearance-problem-criterion-rule = critério '{ $criterion }': { $problem }
clearance-problem-stored = modelo de alta '{ $template }': { $error }
clearance-problem-stored-unreadable = não é possível ler o modelo de alta '{ $template }': { $error }
clearance-no-template = não existe o modelo de alta '{ $template }'
clearance-no-episode = { $athlete } não tem o episódio de lesão { $episode }
clearance-no-visit = { $athlete } não tem a consulta { $visit }
clearance-no-visit-to-evaluate = { $athlete } não tem nenhuma consulta para avaliar
clearance-no-visit-for-athlete = não existe a consulta { $visit } para este atleta

## Leituras (os valores por trás de um veredicto)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = assimetria
clearance-reading-left = esquerdo
clearance-reading-right = direito
clearance-reading-highest = máxima
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = bent-knee stretch
clearance-reading-modified-bent-knee-stretch = bent-knee stretch modificado
clearance-reading-reps = { $count ->
    [one] { $value } repetição
   *[other] { $value } repetições
}
clearance-reading-yes = sim
clearance-reading-no = não
clearance-reading-positive = positivo
clearance-reading-negative = negativo
clearance-reading-percent-of-baseline = { $percent } % do valor pré-lesão
clearance-agreement = { $percent } % de concordância
clearance-agreement-below-consensus = { $percent } % de concordância: não atingiu consenso
clearance-below-consensus = não atingiu consenso
clearance-source-with-agreement = { $source } ({ $agreement })

## Notas (de onde veio um valor, porque não há dados)
clearance-note-from-visit = da consulta de { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } não registado em ambos os lados no prazo de { $days } dia
   *[other] { $test } não registado em ambos os lados no prazo de { $days } dias
}
clearance-note-lsi-left-involved = esquerdo (afetado) / direito, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-lsi-right-involved = direito (afetado) / esquerdo, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-lsi-weaker-stronger = lado mais fraco / mais forte, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-side-without-force = um lado não tem força
clearance-note-percent-difference = diferença percentual, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } não registado no prazo de { $days } dia
   *[other] { $test } não registado no prazo de { $days } dias
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (com massa corporal) não registado no prazo de { $days } dia
   *[other] { $test } (com massa corporal) não registado no prazo de { $days } dias
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (com braço de alavanca) não registado no prazo de { $days } dia
   *[other] { $test } (com braço de alavanca) não registado no prazo de { $days } dias
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (com braço de alavanca e massa corporal) não registado no prazo de { $days } dia
   *[other] { $test } (com braço de alavanca e massa corporal) não registado no prazo de { $days } dias
}
clearance-note-best-rep = melhor repetição
clearance-note-best-reps = melhores repetições
clearance-note-no-episode = sem episódio de lesão
clearance-note-no-baseline-visit = o episódio não tem consulta de linha de base pré-lesão
clearance-note-baseline-missing = falta a consulta de linha de base
clearance-note-not-at-baseline = { $test } não foi registado na consulta de linha de base
clearance-note-not-comparable = não comparável: o valor pré-lesão { $side ->
        [left] esquerdo
       *[right] direito
    } foi medido com { $before }, este com { $now }
clearance-note-baseline = { $summary ->
        [mean] média
       *[best] melhor
    }, linha de base { $date }
clearance-note-no-pain = { $days ->
    [one] nenhuma dor registada nos testes no prazo de { $days } dia
   *[other] nenhuma dor registada nos testes no prazo de { $days } dias
}
clearance-note-pain-on = em { $tests }
clearance-note-no-visa-h = nenhum VISA-H registado
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } de { $needed } pontuação necessária para uma tendência
   *[other] { $have } de { $needed } pontuações necessárias para uma tendência
}
clearance-note-visa-h-rising = a subir
clearance-note-visa-h-not-rising = não sobe em todas as consultas
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } e { $denominator } não registados na mesma consulta no prazo de { $days } dia
   *[other] { $numerator } e { $denominator } não registados na mesma consulta no prazo de { $days } dias
}
clearance-note-no-provocation = { $days ->
    [one] nenhum teste de provocação registado no prazo de { $days } dia
   *[other] nenhum teste de provocação registado no prazo de { $days } dias
}
clearance-note-modified-bent-knee-missing = o bent-knee stretch modificado (o mais preciso) não foi registado
clearance-note-not-answered = sem resposta nesta consulta
clearance-note-answered = respondido em { $date }
clearance-note-answered-by = respondido por { $clinician } em { $date }
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = por { $threshold }
clearance-note-no-data-for = sem dados para { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] não registados em ambos os lados no prazo de { $days } dia: { $tests }
   *[other] não registados em ambos os lados no prazo de { $days } dias: { $tests }
}

## Ecrã da alta
clearance-heading = Alta para o retorno ao desporto: { $athlete }
clearance-no-visits = Ainda não há consultas: teste primeiro o atleta.
clearance-no-visit-to-evaluate-here = Nenhuma consulta para avaliar.
clearance-injury = Lesão
clearance-injury-none = nenhuma (rastreio)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Consulta
clearance-template = Modelo
clearance-template-clinic = { $template } (clínica)
clearance-edit-template = Editar modelo
clearance-edit-template-tip = alterar limiares e critérios obrigatórios, acrescentar critérios
clearance-copy-and-edit = Copiar e editar
clearance-copy-and-edit-tip = uma cópia da clínica; a predefinição continua disponível
clearance-caution = A regra dos 10 % merece cautela: défices superiores a 10 % eram frequentes no retorno ao desporto ({ $citation }). Leia os números e as tendências, não apenas o veredicto.
clearance-name-to-answer = Escreva o seu nome na assinatura abaixo para responder às verificações manuais: cada resposta indica quem a deu.
clearance-column-verdict = Veredicto
clearance-column-criterion = Critério
clearance-column-value = Valor
clearance-column-threshold = Limiar
clearance-column-trend = Tendência
clearance-column-source = Fonte
clearance-optional = opcional
clearance-answer-yes = Sim
clearance-answer-no = Não
clearance-answer-none = Sem resposta
clearance-answer-name = { $criterion }: { $answer ->
        [yes] sim
        [no] não
       *[none] sem resposta
    }
clearance-answers = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
clearance-check-entry = { $at } · { $clinician } · { $answer ->
        [yes] sim
        [no] não
       *[withdrawn] resposta retirada
    }
clearance-check-unnamed = sem nome
clearance-trend-point = { $date } ({ $verdict })
clearance-trend-point-value = { $date }: { $value } ({ $verdict })
clearance-print-report = Imprimir relatório (PDF)…
clearance-report-csv = Relatório em CSV…
clearance-report-csv-tip = o mesmo conteúdo, para sistemas de registos clínicos
clearance-paper = Papel
clearance-paper-a4 = A4
clearance-paper-letter = Carta (Letter)
clearance-report-wrote = Ficheiro escrito: { $path }
clearance-not-saved = Não guardado: { $error }

## Faixa de estado da alta
clearance-banner-cleared = ✔ COM ALTA
clearance-banner-cleared-override = ✔! ALTA POR EXCEÇÃO
clearance-banner-signed = Assinado por { $clinician } em { $at }: { $status }.
clearance-banner-screening = Um rastreio: sem episódio de lesão, não há alta a dar.
clearance-banner-not-signed = Não assinado: o atleta só tem alta quando um clínico assina.
clearance-banner-changed-since = Desde a assinatura, os critérios indicam "{ $summary }" (uma resposta ou um resultado mudou).
clearance-banner-context = { $days ->
    [one] { $episode } · avaliado na consulta de { $date } · contam resultados com até { $days } dia · modelo: { $source }
   *[other] { $episode } · avaliado na consulta de { $date } · contam resultados com até { $days } dias · modelo: { $source }
}
clearance-banner-no-episode = sem episódio de lesão (rastreio)

## Assinatura
clearance-signoff = Assinatura
clearance-signoff-newer-not-yet = ⚠ Esta é a consulta de { $date }; uma consulta mais recente, de { $newer }, indica { $status }: { $summary }. Assinar esta consulta mais antiga contraria a mais recente.
clearance-signoff-clinician = Clínico
clearance-signoff-login-tip = o seu utilizador no servidor da clínica assina isto
clearance-signoff-your-name = o seu nome
clearance-signoff-note = Nota
clearance-signoff-note-optional = opcional
clearance-signoff-note-why = porque assina uma avaliação cujos critérios não passam todos
clearance-signoff-close-episode = Fechar o episódio de lesão: alta para o retorno ao desporto em { $date }
clearance-signoff-close-episode-tip = { $episode } termina; a lista de atletas mostra o atleta com alta
clearance-signoff-closes-by-override = O episódio de lesão fecha com esta assinatura: alta por exceção em { $date }, contra a avaliação ('{ $status }').
clearance-signoff-stays-open = O episódio de lesão fica aberto: só a assinatura de uma avaliação cujos critérios passam todos o fecha (esta é '{ $status }').
clearance-signoff-override = Dar alta para o retorno ao desporto mesmo assim (contra a avaliação)
clearance-signoff-override-tip = fecha o episódio com alta contra os critérios; a nota é a justificação, obrigatória, e o atleta aparece como 'com alta (por exceção)' na lista, nos relatórios e no histórico de assinaturas
clearance-signoff-sign-override = Assinar: alta contra esta avaliação ({ $status })
clearance-signoff-sign-cleared = Assinar: alta para o retorno ao desporto
clearance-signoff-sign-screening = Assinar este rastreio
clearance-signoff-sign-evaluation = Assinar esta avaliação ({ $status })
clearance-signoff-signing = A assinar…
clearance-signoff-already = Assinado por { $clinician } em { $at }. Uma nova assinatura é possível quando uma resposta ou um resultado mudar.
clearance-signoff-enter-name = Introduza o seu nome para assinar.
clearance-signoff-override-reason-needed = É necessária a justificação da exceção (na nota).
clearance-signoff-newer-reason-needed = É necessária a justificação para fechar contra a consulta mais recente (na nota).
clearance-signoff-note-needed = É necessária uma nota para assinar uma avaliação cujos critérios não passam todos.
clearance-signoff-signed-by = Assinado por { $clinician }.
clearance-signoff-earlier = Assinaturas anteriores
clearance-signoff-status = { $status ->
        [cleared] com alta
        [screened] rastreado
        [not_yet] ainda não
        [incomplete] incompleto
        [all_pass] todos passam
        [cleared_override] alta por exceção
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, consulta de { $visit }
clearance-signoff-override-of = Exceção a uma avaliação que era '{ $status }'. { $note }
clearance-signoff-unknown = desconhecido
clearance-signoff-unreadable = Não é possível ler a avaliação assinada.

## Editor de modelos
clearance-editor-title = Modelo: { $template }
clearance-editor-copy-of = Uma cópia da clínica de '{ $template }'; a predefinição continua disponível.
clearance-editor-name = Nome
clearance-editor-max-age = Os resultados contam durante (dias)
clearance-editor-used-for = Usado para
clearance-editor-required = obrigatório
clearance-editor-remove = Remover
clearance-editor-remove-tip = remover '{ $criterion }'
clearance-editor-label = Rótulo
clearance-editor-source = Fonte
clearance-editor-new-criterion = Novo critério
clearance-editor-add-criterion = Adicionar critério
clearance-editor-new-criterion-label = Novo critério: { $kind }
clearance-editor-new-criterion-source = escolha da clínica
clearance-editor-save = Guardar modelo
clearance-editor-cancel = Cancelar
clearance-editor-delete = Eliminar modelo
clearance-editor-delete-tip = apenas a cópia da clínica
clearance-editor-test = Teste
clearance-editor-divided-by = dividido por
clearance-editor-per-side = Por lado
clearance-editor-best = melhor
clearance-editor-mean = média
clearance-editor-sides = Lados
clearance-editor-each = cada
clearance-editor-involved = afetado
clearance-editor-lsi-at-least = LSI pelo menos (%)
clearance-editor-asymmetry-at-most = Assimetria no máximo (%)
clearance-editor-quantity = Grandeza
clearance-editor-at-least = Pelo menos
clearance-editor-at-least-baseline = Pelo menos (% do valor pré-lesão)
clearance-editor-pain-at-most = Dor no máximo (0-10), em todos os testes da consulta
clearance-editor-visa-h-at-least = VISA-H pelo menos
clearance-editor-score = Pontuação
clearance-editor-or-improving = ou a melhorar
clearance-editor-over-visits = consultas a considerar
clearance-editor-between = entre
clearance-editor-and = e
clearance-editor-reps-at-least = Pelo menos (repetições)
clearance-editor-provocation = Os testes de provocação registados na consulta são todos negativos.
clearance-editor-manual = Assinalado pelo clínico em cada consulta.
clearance-editor-any-of = Passa quando qualquer um destes passa:
clearance-editor-first-with-data = Decide o primeiro destes com dados:
clearance-editor-tests-done = Cada um destes testes registado em ambos os lados:

## Modelos incorporados (nomes, critérios e fontes)
clearance-hamstring-strain-name = Lesão muscular dos isquiotibiais
clearance-hamstring-strain-source = { $citation1 } (consenso Delphi sobre o regresso à competição após lesão dos isquiotibiais), com limiares objetivos
clearance-hamstring-strain-knee-flexion-90-lsi-label = Flexão isométrica do joelho 90/90: LSI de pelo menos 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Flexão isométrica do joelho, decúbito ventral 0-30°: LSI de pelo menos 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; teste em amplitude final segundo { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nórdico: LSI de pelo menos 90 %
clearance-hamstring-strain-nordic-strength-label = Nórdico: cada membro com pelo menos 337 N, ou pelo menos 100 % da linha de base pré-lesão
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (futebol: < 337 N aumenta o risco de lesão muscular dos isquiotibiais)
clearance-hamstring-strain-no-pain-label = Sem dor (0/10) em qualquer teste de força
clearance-hamstring-strain-bridge-lsi-label = Ponte unipodal de isquiotibiais: LSI de pelo menos 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; teste segundo { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Ponte unipodal de isquiotibiais: pelo menos 25 repetições de cada lado
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (menos de cerca de 20 fraco, cerca de 25 médio, mais de 30 bom)
clearance-hamstring-strain-palpation-pain-free-label = Sem dor à palpação
clearance-hamstring-strain-flexibility-symmetric-label = Flexibilidade dos isquiotibiais semelhante à do outro lado
clearance-hamstring-strain-field-tests-done-label = Testes de campo específicos da modalidade concluídos
clearance-hamstring-strain-athlete-ready-label = O atleta sente-se preparado
clearance-hamstring-london-2023-name = Lesão dos isquiotibiais, consenso de Londres 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Flexão isométrica do joelho 90/90: a menos de 10 % do valor pré-lesão (se existir; caso contrário, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Flexão isométrica do joelho, decúbito ventral 0-30°: a menos de 10 % do valor pré-lesão (se existir; caso contrário, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nórdico: a menos de 10 % do valor pré-lesão (se existir; caso contrário, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Pico de força isométrica testado em amplitude média e externa (flexão do joelho a 90° e a 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Sem apreensão
clearance-hamstring-london-2023-athlete-ready-label = Prontidão autoavaliada pelo atleta
clearance-hamstring-london-2023-sprint-loads-done-label = Cargas de sprint próximas do nível de jogo concluídas
clearance-hamstring-london-2023-running-pain-mild-label = Dor na corrida no máximo ligeira, e não pior 24 horas depois
clearance-proximal-hamstring-tendinopathy-name = Tendinopatia proximal dos isquiotibiais
clearance-proximal-hamstring-tendinopathy-source = segundo { $citation1 } (progressão de carga) e { $citation2 } (monitorização da dor)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Dor nos testes de carga no máximo 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 seguro, 4-5 aceitável, acima de 5 não aceitável)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Dor na manhã seguinte não pior do que antes
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H a melhorar ao longo das últimas 3 consultas
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); a pontuação-alvo é escolha da clínica
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Flexão isométrica do joelho, decúbito ventral 0-30°: LSI de pelo menos 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Extensão isométrica da anca: LSI de pelo menos 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Testes de provocação negativos
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (bent-knee stretch modificado: sensibilidade 89 %, especificidade 91 %)
clearance-glute-hip-name = Força dos glúteos / anca
clearance-glute-hip-source = simetria como nos critérios dos isquiotibiais; valores normativos de adução:abdução da anca segundo { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Abdução isométrica da anca: LSI de pelo menos 90 %
clearance-glute-hip-hip-abduction-lsi-source = a regra de simetria de 90 % dos critérios dos isquiotibiais ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Extensão isométrica da anca: LSI de pelo menos 90 %
clearance-glute-hip-hip-extension-lsi-source = a regra de simetria de 90 % dos critérios dos isquiotibiais ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Rácio adução:abdução entre 1.0 e 1.4 em cada lado
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (futebol profissional: 1.2 ± 0.2)

## Relatório impresso (PDF), texto CSV do relatório, métodos por trás dos números e ecrã
## Exportar. O relatório é feito num idioma escolhido para ele, que pode diferir do da aplicação.

## Métodos: uma frase por facto, nas palavras da secção de métodos de um artigo clínico

methods-sentence = { $label }: { $text }.
methods-list-and = { $rest } e { $last }
methods-label-analysis = Análise
methods-label-reps = Repetições
methods-label-onset = Início
methods-label-rfd = RFD
methods-label-result = Resultado
methods-label-asymmetry = Assimetria
methods-label-lsi = LSI
methods-label-hq = H:Q
methods-label-mdc = MDC95
methods-label-devices = Dispositivos
methods-label-left-out = Excluídos
methods-analysis = curvas força-tempo analisadas pelo ForceTrack (revisão da análise { $revision }); cada repetição é medida a partir da sua própria linha de base, os { $window } ms mais estáveis antes da subida
# DP = desvio-padrão.
methods-reps-auto = uma repetição começa quando a força excede max({ $floor }, { $multiple } × o DP da linha de base do ensaio)
methods-reps-fixed = uma repetição começa acima de um valor fixo de { $threshold }
methods-reps-with-fixed = { $rule } (valor fixo de { $fixed })
methods-threshold-for-test = { $threshold } para { $test }
methods-onset = força superior a max({ $floor }, { $multiple } × o DP da linha de base) acima da linha de base da repetição
methods-rfd = taxa de desenvolvimento de força em { $windows } ms desde o início, pico da RFD numa janela deslizante de { $peak } ms; { $low_rate }
methods-result =
    { $summary ->
        [mean] a média do pico de força das repetições aceites por lado alimenta a assimetria e a mudança; CV = DP / média × 100, repetições inconsistentes acima de { $cv } %
       *[best] o melhor (maior) pico de força das repetições aceites por lado alimenta a assimetria e a mudança; CV = DP / média × 100, repetições inconsistentes acima de { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); verde abaixo de { $amber } %, âmbar a partir de { $amber } %, vermelho a partir de { $red } % de desequilíbrio ({ $source }, publicado apenas para o nórdico; uma convenção para os outros testes)
methods-lsi = lado afetado / não afetado × 100 (mais fraco / mais forte sem lado lesionado)
methods-hq = torque de flexão / extensão do joelho a 90° por lado (força × braço de alavanca); { $threshold } ({ $source }; o valor isocinético { $other_value } de { $other_source } não se aplica a rácios isométricos)
methods-hq-no-threshold = sem limiar definido
methods-hq-threshold = limiar da clínica de pelo menos { $value }
methods-mdc-percent = { $value } % do resultado anterior
methods-mdc-for-tests = { $value } para { $tests } ({ $source })
methods-mdc-none-for-tests = nenhuma para { $tests }, cujas mudanças são apresentadas tal como medidas
methods-mdc = a mudança mínima detetável; uma mudança menor está dentro do erro de medição: { $list }
methods-unknown-rate = uma frequência desconhecida
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, gravado e introduzido manualmente
methods-device-entered-by-hand = { $device }, introduzido manualmente (o pico de cada repetição)
methods-reps-counted = repetições contadas pelo clínico
methods-source-for-tests = { $source } para { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } ensaio fora de todos estes resultados: { $list }
       *[other] { $count } ensaios fora de todos estes resultados: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } linha fora de todos estes resultados: { $list }
       *[other] { $count } linhas fora de todos estes resultados: { $list }
    }

## Relatório: o título e o atleta

report-title = Relatório de força e retorno ao desporto
report-subtitle = { $name } · consulta de { $date }
report-fact-athlete = Atleta
report-fact-date-of-birth = Data de nascimento
report-fact-profile = Perfil
report-fact-external-id = Id externo
report-fact-injury = Lesão
report-fact-injured-on = Data da lesão
report-fact-baseline = Linha de base pré-lesão
report-fact-cleared-on = Alta em
report-fact-visit = Consulta
report-fact-visa-h = VISA-H
report-fact-provocation = Testes de provocação
report-fact-notes = Notas
report-dominant-leg =
    { $side ->
        [left] membro dominante esquerdo
       *[right] membro dominante direito
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } dia antes desta consulta)
       *[other] { $date } ({ $days } dias antes desta consulta)
    }
report-baseline-none = nenhuma registada
report-baseline-visit = consulta de { $date }
report-no-episode = sem episódio de lesão (rastreio)
report-visit-clinician = clínico { $name }
report-visit-body-mass = massa corporal { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = bent-knee stretch
report-provocation-modified-bent-knee-stretch = bent-knee stretch modificado
report-provocation-result =
    { $result ->
        [positive] { $test } positivo
       *[negative] { $test } negativo
    }
report-provocation-value = { $tests } ({ $source })

## Relatório: os resultados da consulta

report-results-heading = Resultados desta consulta (forças em { $unit })
report-col-test = Teste
report-col-side = Lado
report-col-best = Melhor
report-col-mean = Média
report-col-cv = CV
report-col-pain = Dor
report-col-asymmetry = Assimetria
report-col-lsi = LSI
report-col-change = Mudança
report-band =
    { $band ->
        [green] verde
        [amber] âmbar
       *[red] vermelho
    }
report-asymmetry-with-band = { $asymmetry } ({ $band })
report-change-other-device = outro dispositivo: { $value } em { $date }, { $instruments }
report-change-first-visit = primeira consulta
report-no-tests = Nenhum teste foi registado nesta consulta.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side }: { $flags }
report-read-with-care = A ler com cautela: { $items }.
report-entered-by-hand = Introduzido manualmente (o pico de cada repetição lido no visor do dispositivo; sem métricas da curva): { $items }.
report-note-summary =
    { $summary ->
        [mean] Melhor é a melhor repetição, os números são repetições; a assimetria, o LSI e a mudança usam a média por lado (ver os métodos).
       *[best] Melhor é a melhor repetição, os números são repetições; a assimetria, o LSI e a mudança usam o melhor valor por lado (ver os métodos).
    }
report-note-other-device = Outro dispositivo: o valor anterior foi obtido com outro tipo de dispositivo ou modo (são mostrados o valor, a data e o dispositivo); a mudança só é comparada dentro do mesmo tipo de dispositivo.
report-hq-below = { $ratio } (abaixo)
# E = esquerdo, D = direito.
report-hq-earlier-item = { $date }: E { $left } D { $right }
report-hq-line = H:Q (torque de flexão / extensão do joelho a 90°) em { $date }: esquerdo { $left }, direito { $right }; { $threshold }.
report-hq-earlier = Anteriores: { $items }.
report-hq-caveat = H:Q { $side } { $caveat }.

## Relatório: evolução ao longo das consultas

report-progress-heading = Evolução ao longo das consultas
report-progress-legend = Esquerdo: círculos azuis; direito: quadrados laranja; tracejado: linha de base pré-lesão; pontilhado vermelho: limiares de risco publicados; vermelho contínuo: a lesão (as linhas interrompem-se aí); vazios: outro tipo de instrumento que não o dos valores mais recentes (não comparável: as linhas também se interrompem aí); um ponto por dia (a última consulta do dia).
report-chart-title = { $test } ({ $unit })
report-unit-reps = repetições
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Limiares: { $thresholds }
report-methods-heading = Métodos

## Relatório: alta para o retorno ao desporto e assinatura

report-clearance-heading = Alta para o retorno ao desporto: { $template }
report-status-cleared-signed = COM ALTA (assinado)
report-status-cleared-override-signed = ALTA POR EXCEÇÃO (assinado)
report-status-screening-all-pass = RASTREIO: TODOS OS CRITÉRIOS PASSAM
report-status-all-pass-not-signed = TODOS OS CRITÉRIOS PASSAM (não assinado)
report-status-not-yet = AINDA SEM ALTA
report-status-incomplete = INCOMPLETO
report-evaluated-at = { $reason } (avaliado na consulta de { $date })
report-clearance-template =
    { $days ->
        [one] Modelo: { $source }. Contam os resultados até { $days } dia antes da consulta. O atleta só tem alta quando um clínico assina uma avaliação cujos critérios obrigatórios passam todos; a decisão é do clínico.
       *[other] Modelo: { $source }. Contam os resultados até { $days } dias antes da consulta. O atleta só tem alta quando um clínico assina uma avaliação cujos critérios obrigatórios passam todos; a decisão é do clínico.
    }
report-col-verdict = Veredicto
report-col-criterion = Critério
report-col-value = Valor
report-col-threshold = Limiar
report-col-source = Fonte
report-col-trend = Tendência
report-criterion-optional = { $criterion } (opcional)
report-value-with-note = { $value } ({ $note })
report-trend-key = Tendência: o critério nas últimas consultas do episódio, da mais antiga para a mais recente (+ passa, x não passa, · sem dados).
report-ten-percent-caution = A regra dos 10 % merece cautela: défices superiores a 10 % eram frequentes no retorno ao desporto ({ $source }). Leia os números e as tendências, não apenas o veredicto.
report-signoff-heading = Assinatura
report-signed-by = Assinado por { $clinician } em { $date } com o estado "{ $status }".
report-answer-yes = sim
report-answer-no = não
report-answer-withdrawn = resposta retirada
report-answer-changed = { $check }: { $answer }, por { $clinician } em { $date }
report-answers-changed = Respostas alteradas após esta assinatura (a lista de verificação acima mostra o que foi assinado): { $items }.
report-not-signed = Ainda não assinado no ForceTrack.
report-sign-clinician = Clínico
report-sign-date = Data
report-sign-signature = Assinatura

## Relatório: o rodapé de cada página e as propriedades do PDF

report-pdf-title = Relatório ForceTrack: { $name }, { $date }
report-footer = { $name } · consulta de { $date } · criado pelo ForceTrack em { $made }
report-page-of = página { $page } de { $pages }

## Relatório: a coluna de texto do CSV (os nomes das colunas e os ids ficam em inglês)

report-csv-entered-by-hand = introduzido manualmente
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict }: { $criterion }; limiar { $threshold }
report-csv-criterion-optional = { $verdict } (opcional): { $criterion }; limiar { $threshold }
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = retirada
report-csv-answer-changed = { $answer }, por { $clinician } em { $date }

## Ecrã Exportar

export-heading = Exportar
export-kind-visit-summary = Resumo da consulta (uma linha por teste e lado)
export-kind-history = Histórico do atleta (uma linha por consulta e teste)
export-kind-traces = Sinais em bruto (um CSV por ensaio)
export-kind-all = Tudo (todas as tabelas e sinais, para investigação ou outro computador)
export-athlete = Atleta: { $name }
export-open-athlete-first = Abra primeiro um atleta (ou exporte tudo).
export-all-visits = todas as consultas
export-visit = Consulta
export-separator = Separador
export-separator-comma = vírgula
export-separator-semicolon = ponto e vírgula
export-separator-tab = tabulação
export-decimal-comma = vírgula decimal (1,5)
export-decimal-comma-needs-separator = uma vírgula decimal exige outro separador: escolha ponto e vírgula ou tabulação
export-bom = Excel (UTF-8 com BOM)
export-bom-tip = Começa o ficheiro com uma marca de ordem de bytes, para que o Excel leia nomes em qualquer alfabeto. Para o resumo da consulta e o histórico do atleta.
export-no-visits = Este atleta ainda não tem consultas.
export-button = Exportar…
export-visits-not-read = Não foi possível ler as consultas: { $error }
export-cannot-create = não é possível criar { $path }: { $error }
export-choose-visit = escolha uma consulta
export-open-athlete = abra primeiro um atleta
export-wrote-rows =
    { $rows ->
        [one] { $rows } linha escrita em { $path }
       *[other] { $rows } linhas escritas em { $path }
    }
export-wrote-traces =
    { $files ->
        [one] { $files } ficheiro de sinal escrito em { $path }
       *[other] { $files } ficheiros de sinal escritos em { $path }
    }
export-exported-all = Exportados { $athletes }, { $visits } e { $trials } para { $path }
export-count-athletes =
    { $count ->
        [one] { $count } atleta
       *[other] { $count } atletas
    }
export-count-visits =
    { $count ->
        [one] { $count } consulta
       *[other] { $count } consultas
    }
export-count-trials =
    { $count ->
        [one] { $count } ensaio
       *[other] { $count } ensaios
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } ensaio excluído, danificado: { $list }
       *[other] { $count } ensaios excluídos, danificados: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } linha excluída, danificada: { $list }
       *[other] { $count } linhas excluídas, danificadas: { $list }
    }

## As escolhas do relatório (junto aos botões do relatório)

export-report-language = Idioma do relatório
export-report-language-tip = O relatório é escrito neste idioma, seja qual for o idioma da aplicação.

## Relatório: texto que nenhum tipo de letra deste computador consegue imprimir
report-unprintable = não é possível imprimir o relatório: nenhum tipo de letra deste computador tem o carácter “{ $char }” ({ $code }) de { $place } (instale um tipo de letra que o tenha: no Debian e no Ubuntu, fonts-noto-core e fonts-noto-cjk; ou altere o texto)
report-place-athlete = o nome do atleta “{ $name }”
report-place-clinician = o nome do clínico “{ $name }”
report-place-signer = o nome do clínico que assinou “{ $name }”
report-place-page = “{ $text }” na página { $page }

## Dados incorporados: testes, baterias, perfis de dispositivo e as palavras do modelo de dados
# As fontes publicadas (autor, ano) dentro destes textos ficam como estão escritas.

## Testes incorporados
# -cue é dito ao atleta palavra por palavra: imperativo formal ("Incline-se...").

## Teste: exercício nórdico de isquiotibiais

test-nordic-name = Exercício nórdico de isquiotibiais
test-nordic-position = De joelhos na prancha almofadada, tornozelos nos suportes acima das células de carga, ancas em extensão, braços cruzados ou prontos a amortecer a queda.
test-nordic-cue = Incline-se para a frente o mais devagar possível, mantenha as ancas direitas e resista até ao fim.
test-nordic-lever-arm = a interlinha articular do joelho até ao centro da correia do tornozelo
test-nordic-notes = Excêntrico, ambos os membros em simultâneo; melhor de 3 por membro.
test-nordic-threshold-1 = Risco, início da pré-época
test-nordic-threshold-2 = Risco, fim da pré-época
test-nordic-threshold-3 = Risco (futebol)
test-nordic-norm-1 = Esperado por membro ≈ 4 × massa corporal + 26

## Teste: flexão isométrica do joelho 90/90

test-knee-flexion-iso-90-name = Flexão isométrica do joelho 90/90
test-knee-flexion-iso-90-position = Decúbito dorsal, anca e joelho a 90°, calcanhar na almofada do dinamómetro (ou da estrutura fixa) na parte distal da perna.
test-knee-flexion-iso-90-cue = Puxe o calcanhar para baixo contra a almofada com toda a força, aumente durante um segundo e mantenha.
test-knee-flexion-iso-90-lever-arm = a interlinha articular do joelho até ao centro da almofada
test-knee-flexion-iso-90-notes = Make test, 3 contrações de 3-5 s, 30 s de descanso, melhor.

## Teste: flexão isométrica do joelho, decúbito ventral 0-30°

test-knee-flexion-iso-30-name = Flexão isométrica do joelho, decúbito ventral 0-30°
test-knee-flexion-iso-30-position = Decúbito ventral, joelho fletido a 0-30° (15° como em Reurink 2016), almofada no calcanhar.
test-knee-flexion-iso-30-cue = Dobre o joelho contra a almofada com toda a força e mantenha.
test-knee-flexion-iso-30-lever-arm = a interlinha articular do joelho até ao centro da almofada
test-knee-flexion-iso-30-notes = Teste em amplitude final usado após lesão muscular dos isquiotibiais (Reurink et al. 2016 testaram a 15°).

## Teste: cadeia posterior isométrica 90/20

test-ipc-90-20-name = Cadeia posterior isométrica 90/20
test-ipc-90-20-position = Decúbito dorsal, calcanhar na plataforma de forças sobre uma caixa, anca a 90°, joelho a 20°; o outro membro relaxado.
test-ipc-90-20-cue = Empurre o calcanhar contra a plataforma com toda a força e o mais depressa possível e mantenha durante 3 segundos.
test-ipc-90-20-lever-arm = o centro da articulação da anca até ao contacto do calcanhar
test-ipc-90-20-notes = Unipodal, 3 × 3 s, melhor.

## Teste: extensão isométrica da anca

test-hip-extension-iso-name = Extensão isométrica da anca
test-hip-extension-iso-position = Decúbito ventral, joelho fletido a 90°, dinamómetro na face posterior da coxa logo acima do joelho.
test-hip-extension-iso-cue = Levante a coxa contra a minha mão com toda a força e mantenha.
test-hip-extension-iso-lever-arm = o grande trocânter até ao centro do dinamómetro
test-hip-extension-iso-notes = Grande glúteo; melhor de 3.

## Teste: abdução isométrica da anca

test-hip-abduction-iso-name = Abdução isométrica da anca
test-hip-abduction-iso-position = Decúbito dorsal (ou lateral), membro em extensão, dinamómetro 5 cm acima do maléolo lateral.
test-hip-abduction-iso-cue = Empurre a perna para fora contra a minha mão com toda a força e mantenha.
test-hip-abduction-iso-lever-arm = a espinha ilíaca anterossuperior até ao centro do dinamómetro
test-hip-abduction-iso-notes = Médio glúteo; melhor de 3.
test-hip-abduction-iso-norm-1 = Futebol profissional (excêntrico)

## Teste: adução isométrica da anca

test-hip-adduction-iso-name = Adução isométrica da anca
test-hip-adduction-iso-position = Decúbito dorsal, membro em extensão, dinamómetro 5 cm acima do maléolo medial.
test-hip-adduction-iso-cue = Aperte a perna para dentro, em direção à outra, com toda a força e mantenha.
test-hip-adduction-iso-lever-arm = a espinha ilíaca anterossuperior até ao centro do dinamómetro
test-hip-adduction-iso-notes = Melhor de 3.
test-hip-adduction-iso-norm-1 = Rácio adução : abdução

## Teste: extensão isométrica do joelho 90/90

test-knee-extension-iso-90-name = Extensão isométrica do joelho 90/90
test-knee-extension-iso-90-position = Sentado, anca e joelho a 90°, o dinamómetro fixo com um cinto (ou a estrutura fixa) na parte distal da perna, logo acima do tornozelo.
test-knee-extension-iso-90-cue = Empurre a canela para a frente contra a almofada com toda a força, aumente durante um segundo e mantenha.
test-knee-extension-iso-90-lever-arm = a interlinha articular do joelho até ao centro da almofada na parte distal da perna
test-knee-extension-iso-90-notes = Make test, 3 contrações de 3-5 s, 30 s de descanso, melhor. Para o rácio isquiotibiais/quadricípite (H:Q) com a flexão isométrica do joelho 90/90 (Maniar et al. 2016: os défices de H:Q persistem após o regresso à competição).

## Teste: break test de flexão do joelho

test-knee-flexion-break-name = Break test de flexão do joelho
test-knee-flexion-break-position = Decúbito ventral, joelho a 90°, dinamómetro no calcanhar.
test-knee-flexion-break-cue = Mantenha o joelho dobrado contra mim; não me deixe esticá-lo.
test-knee-flexion-break-lever-arm = a interlinha articular do joelho até ao centro do dinamómetro
# Make test: o atleta empurra contra um dispositivo imóvel; break test: empurra até o examinador vencer a resistência do atleta.
test-knee-flexion-break-notes = Os break tests dão valores 16-51 % mais altos do que os make tests: nunca comparar os dois.

## Teste: ponte unipodal de isquiotibiais

test-single-leg-bridge-name = Ponte unipodal de isquiotibiais
test-single-leg-bridge-position = Decúbito dorsal, calcanhar do membro testado numa caixa de 60 cm, joelho ligeiramente fletido, o outro membro na vertical, braços cruzados.
test-single-leg-bridge-cue = Empurre o calcanhar para baixo e suba a anca por completo em cada repetição, até não conseguir continuar.
test-single-leg-bridge-lever-arm = não aplicável
test-single-leg-bridge-notes = Repetições até à falha, uma série por lado: menos de cerca de 20 fraco, cerca de 25 médio, mais de 30 bom.
test-single-leg-bridge-threshold-1 = Fraco
test-single-leg-bridge-threshold-2 = Bom
test-single-leg-bridge-norm-1 = Médio

## Baterias incorporadas (conjuntos ordenados de testes feitos numa sessão)

battery-hamstring-strain-name = Lesão muscular dos isquiotibiais
battery-proximal-hamstring-tendinopathy-name = Tendinopatia proximal dos isquiotibiais
battery-glute-hip-name = Glúteos / anca

## Regiões corporais a que um teste pertence

region-hamstring = Isquiotibiais
region-glute-hip = Glúteos / anca
region-quadriceps = Quadricípite

## Instrumento com que um teste é feito

device-kind-hhd = dinamómetro manual
device-kind-hhd-or-fixed-frame = dinamómetro manual ou estrutura fixa
device-kind-dual-load-cell = célula de carga dupla (estrutura de nórdico)
device-kind-force-plate = plataforma de forças
device-kind-none = nenhum (número introduzido)

## Tipo de instrumento com que um ensaio foi medido (resultados de tipos diferentes não são comparados)

device-kind-instrument-handheld = dinamómetro manual
device-kind-instrument-fixed-frame = estrutura fixa
device-kind-instrument-load-cell-rig = estrutura com células de carga
device-kind-instrument-force-plate = plataforma de forças

## Tipos de ação muscular

contraction-isometric = isométrica
contraction-eccentric = excêntrica
contraction-eccentric-break = excêntrica (break)
contraction-endurance = resistência

## Valores lidos na curva de força de uma repetição, além do pico de força

test-metric-time-to-peak = Tempo até ao pico
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Melhor média de 1 s

## Lados (membros)

side-left = esquerdo
side-right = direito
side-both = ambos
# Letras junto aos valores de assimetria ("12 % E"): E = esquerdo, D = direito.
side-left-letter = E
side-right-letter = D
side-both-letter = E+D

## Sexo do atleta, tal como registado no perfil

model-sex-female = feminino
model-sex-male = masculino
model-sex-other = outro

## Lesões

model-injury-hamstring-strain = Lesão muscular dos isquiotibiais
model-injury-proximal-hamstring-tendinopathy = Tendinopatia proximal dos isquiotibiais
model-injury-distal-hamstring-tendinopathy = Tendinopatia distal dos isquiotibiais
model-injury-gluteal-tendinopathy = Tendinopatia glútea
model-injury-other = Outra
model-location-bf-long-head = longa porção do bicípite femoral
model-location-bf-short-head = curta porção do bicípite femoral
model-location-semitendinosus = semitendinoso
model-location-semimembranosus = semimembranoso
model-location-tendon = tendão
model-injury-grade = grau { $grade }

## A assinatura de uma avaliação de retorno ao desporto por um clínico

model-signoff-status-all-pass = todos passam
model-signoff-status-not-yet = ainda não
model-signoff-status-incomplete = incompleto
model-signoff-status-override = alta por exceção, contra a avaliação
model-signoff-override-reason = Justificação da exceção: { $note }
model-signoff-note = Nota: { $note }

## Perfis de dispositivo incorporados
# Nomes de produtos, comandos dos dispositivos (?C, LIST, ?, D, v, UNITS), definições dos perfis
# (serial.baud, parse.fields.scale, ...) e nomes de menus e formatos (Numeric Only) ficam como estão.

profile-mark10-name = Dinamómetro de tração Mark-10 Series 5/7
profile-mark10-notes = Interrogado com ?C a 50 Hz; a unidade é lida do dinamómetro (LIST) ao ligar. Configure o dinamómetro para 115200 baud (ou altere serial.baud) e saia do respetivo menu (só responde a partir do ecrã principal). A tração é lida como negativa.
profile-mark10-hint-1 = parece ser um dinamómetro Mark-10 Series 4, que só conhece '?' e responde *10 aos outros comandos
profile-mark10-hint-2 = parece ser um dinamómetro Mark-10 Series 4, que só conhece '?' e responde *10 aos outros comandos
profile-mark10-series4-name = Dinamómetro de tração Mark-10 Series 4
profile-mark10-series4-notes = Interrogado com ? a 20 Hz. O dinamómetro tem de enviar a unidade (formato de dados com unidades, não Numeric Only). Não tem comando de zero: o ForceTrack faz a tara por software. A tração é lida como negativa.
profile-chronojump-force-sensor-name = Sensor de força Chronojump (Arduino + HX711)
profile-chronojump-force-sensor-notes = A placa reinicia quando a porta é aberta: o ForceTrack espera 3 s antes do handshake. Cada comando é respondido cerca de 1 s depois de enviado.
profile-chronojump-force-platform-name = Plataforma de forças Chronojump, 4 células de carga (binário)
profile-chronojump-force-platform-notes = As contagens multiplicadas por parse.fields.scale dão newtons: o firmware não envia a calibração, por isso calibre a escala de cada célula para a sua plataforma. Cada comando é respondido cerca de 1 s depois de enviado.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Transmite desde que é ligada; a placa reinicia quando a porta é aberta (cerca de 1,5 s de silêncio). Faça a tara com o menu da placa, ou deixe o ForceTrack fazer a tara por software. Formato de linha do firmware 1.2.
profile-loadstar-di1000u-name = Interface de célula de carga Loadstar DI-1000U
profile-loadstar-di1000u-notes = Os modelos de alta velocidade podem precisar de 230400 baud. A unidade vem da resposta a UNITS; uma unidade desconhecida interrompe a ligação, indicando o seu nome.
profile-imada-dst-name = Dinamómetro de tração Imada DST/DSV
profile-imada-dst-notes = Interrogado com D a 20 Hz. Modelos USB: defina serial.baud = 256000 e serial.flow_control = "hardware".
profile-nextech-dfs-name = Dinamómetro de tração Nextech DFS/DFT
profile-nextech-dfs-notes = Interrogado com v a 20 Hz. Não confirmado: o formato da resposta não está publicado; verifique as leituras com um peso conhecido.
profile-generic-1ch-name = Fluxo CSV genérico de 1 canal (time_us,force)
profile-generic-1ch-notes = Linhas `time_us,force` em newtons; as linhas que começam por # são ignoradas.
profile-generic-2ch-name = Fluxo CSV genérico de 2 canais (time_us,left,right)
profile-generic-2ch-notes = Linhas `time_us,left,right` em newtons; as linhas que começam por # são ignoradas.
profile-dual-force-plate-name = Plataforma de forças dupla, 4 células de carga por plataforma
profile-dual-force-plate-notes = Até 2000 amostras/s; 2000000 baud (as placas USB CDC ignoram a taxa de transmissão).
profile-demo-dynamometer-name = Dinamómetro de demonstração
profile-demo-dynamometer-notes = Um atleta simulado; não é necessário hardware.
profile-demo-nordic-rig-name = Estrutura de nórdico de demonstração
profile-demo-nordic-rig-notes = Um atleta simulado; não é necessário hardware.
profile-demo-force-plate-name = Plataforma de forças de demonstração
profile-demo-force-plate-notes = Um atleta simulado; não é necessário hardware.

profile-hint-choose = { $hint }: escolha o perfil '{ $profile }' em vez de '{ $current }'

## Problemas nos valores introduzidos, mostrados junto ao campo de um formulário (e ditos pela linha de comandos)

problem-given-name-needed = é necessário um nome próprio
problem-family-name-needed = é necessário um apelido
problem-name-control-character = o nome contém o carácter de controlo { $code }
problem-name-empty = o nome está vazio
problem-name-invisible = o nome não tem nenhum carácter visível (só { $codes })
problem-date-in-future = { $date } está no futuro
problem-date-before-year = { $date } é anterior a { $year }
problem-date-before-birth = { $date } é anterior à data de nascimento
problem-cleared-before-injury = a data da alta { $cleared } é anterior à data da lesão { $injury }
problem-dominant-leg = o membro dominante é o esquerdo ou o direito
problem-body-mass = { $mass } kg não é uma massa corporal plausível (entre { $min } e { $max } kg)
problem-lever-arm = um braço de alavanca de { $value } m não é plausível (acima de 0, no máximo 2 m)
problem-peak-force = { $value } { $unit } não é um pico de força (acima de 0, no máximo { $max })
problem-recording-force = uma força de { $value } N está fora do alcance de qualquer dispositivo (no máximo { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } amostra
       *[other] { $samples } amostras
    } em { $duration } s é demasiado curto para analisar: uma gravação precisa de pelo menos { $min_samples } amostras em { $min_duration } s (os primeiros { $baseline } s são a linha de base)
problem-not-a-date = '{ $text }' não é uma data: escreva-a como { $hint }, p. ex. { $example }
problem-not-a-number = '{ $text }' não é um número: escreva um, p. ex. { $example }

## Testes incorporados: a origem de cada MDC95 predefinida
# Citações, nomes de dispositivos, siglas (MDC, MDC95, ICC, CV, HHD = dinamómetro manual) e valores
# ficam como publicados; só as palavras são traduzidas.

test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (flexão isométrica do joelho, HHD fixo: MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (flexão isométrica do joelho, HHD fixo: MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (extensão da anca com HHD: variação entre sessões < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (abdução da anca com HHD: variação entre sessões < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (adução da anca com HHD: variação entre sessões < 5-6 %)

## Análise: assimetria, métricas, alertas de qualidade, resultados introduzidos manualmente

## Fórmulas de assimetria (uma definição da clínica; indicadas nos resultados, histórico, definições e relatório)

asym-formula-percent-difference = Diferença percentual
asym-formula-lsi = Índice de simetria entre membros
asym-formula-symmetry-index = Índice de simetria
asym-formula-symmetry-angle = Ângulo de simetria
# D = direito, E = esquerdo.
asym-formula-ratio = Rácio D/E

asym-definition-percent-difference = (mais forte - mais fraco) / mais forte × 100, com o lado mais fraco
asym-definition-lsi = afetado / não afetado × 100 (mais fraco / mais forte sem lado lesionado)
asym-definition-symmetry-index = (D - E) / ({ $half } (D + E)) × 100
asym-definition-symmetry-angle = (45° - atan(E/D)) / 90° × 100
asym-definition-ratio = D / E

# RTS = retorno ao desporto (return to sport): os critérios de retorno são escritos como LSI.
asym-source-lsi = índice de simetria entre membros (os critérios de retorno ao desporto são escritos com ele)
asym-source-ratio = direito / esquerdo

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Valores de assimetria

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } mais forte)

## De onde vêm as faixas de assimetria

# RR = risco relativo (sigla igual em português).
asym-bands-source-nordic = { $source }: desequilíbrio no nórdico >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rugby union)
asym-bands-source-all-tests = publicado apenas para o nórdico ({ $source }: desequilíbrio >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rugby union); para os outros testes, as mesmas faixas são uma convenção
asym-bands-source-other-test = sem faixa de risco publicada para este teste: as faixas são uma convenção (retiradas do desequilíbrio no nórdico, { $source })

## Métricas de uma repetição

analysis-metric-peak-force = Pico de força
analysis-metric-time-to-peak = Tempo até ao pico
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = Pico da RFD
analysis-metric-impulse = Impulso
analysis-metric-best-1s-mean-force = Melhor força média em 1 s

## O que significa um alerta de qualidade de uma repetição (dica junto às poucas palavras do alerta)

flag-explain-noisy-baseline = ruído da linha de base acima de 5 % do pico de força
flag-explain-not-sustained = força média abaixo de 75 % do pico: a contração não foi mantida
flag-explain-clipped = 3 ou mais amostras no máximo do dispositivo: o pico pode estar cortado
flag-explain-poor-fit = erro do modelo exponencial acima de 5 % da força média
flag-explain-fit-failed = a subida não segue um modelo exponencial
flag-explain-baseline-from-trial-start = nenhum repouso de { $window } s antes da subida: a linha de base são os primeiros { $window } s do ensaio
flag-explain-low-sample-rate = amostrado abaixo de 200 Hz: a RFD 0-50 ms e o pico da RFD abrangem poucas amostras e são grosseiros

## Resultados introduzidos manualmente: o que impede que sejam guardados

entered-no-such-test = não existe o teste '{ $test }' na biblioteca de testes
entered-count-test = { $test } é medido por um número de repetições, não pelo pico de força
entered-one-leg-at-a-time = { $test } é testado um membro de cada vez: introduza cada membro separadamente (esquerdo ou direito)
entered-right-peaks-one-leg = os picos do membro direito são para um teste de ambos os membros em simultâneo (lado ambos)
entered-device-not-named = o dispositivo não tem nome
entered-device-name-control-character = o nome do dispositivo contém o carácter de controlo { $code }
entered-device-name-empty = o nome do dispositivo está vazio
entered-device-name-invisible = o nome do dispositivo não tem nenhum carácter visível (só { $codes })
entered-device-name-too-long = { $max ->
        [one] o nome do dispositivo tem mais de { $max } carácter
       *[other] o nome do dispositivo tem mais de { $max } carateres
    }
entered-no-peak-left = nenhum pico introduzido para o membro esquerdo
entered-no-peak-right = nenhum pico introduzido para o membro direito
entered-no-peak = nenhum pico introduzido
entered-pain-range = a dor é pontuada de 0 a 10
entered-date-in-future = a data { $date } está no futuro
entered-date-before-year = a data { $date } é anterior a { $year }

## Dispositivo e aquisição: estado da ligação, o que o dispositivo disse, leituras em falta, o
## diário da gravação, portas série e perfis de dispositivo, os dispositivos de demonstração

## Estado da ligação (o indicador na barra de estado e no painel do dispositivo)

link-state-connecting = a ligar
link-state-connected = ligado
link-state-streaming = a transmitir
link-state-disconnected = desligado: { $reason }
link-state-reconnecting = a religar (tentativa { $attempt }, daqui a { $seconds } s)
link-state-error = erro: { $reason }
link-state-closed = fechado

## Porque se perdeu a ligação ao dispositivo

link-write-failed = falha na escrita: { $error }
link-read-failed = falha na leitura: { $error }
link-port-closed = a porta fechou-se

## Linhas do dispositivo que não eram amostras (ao passar o rato na barra de estado)

link-rejected = { $reason }: { $text }
link-rejected-garbage = linha não reconhecida
link-rejected-overlong = linha demasiado longa
link-rejected-unknown-unit = unidade desconhecida
link-rejected-not-text = não é texto
link-rejected-bad-frame = bytes fora de uma trama
link-rejected-incomplete = incompleta no fim do fluxo
link-rejected-no-unit = valor sem unidade
link-rejected-time-jump = o tempo do dispositivo saltou
link-rejected-time-ahead = um tempo { $seconds } s à frente do fluxo, e depois para trás
link-rejected-time-jumped = o tempo { $time } saltou { $step } s

## A sessão do dispositivo: comandos a que o dispositivo não respondeu ou que recusou

device-session-no-reply-within = sem resposta a '{ $command }' em { $seconds } s (esperado { $expected })
device-session-no-data-within = sem dados em { $seconds } s
device-session-no-data-for = sem dados durante { $seconds } s
device-session-refused = o dispositivo recusou '{ $command }': { $error }
device-session-refused-hint = o dispositivo recusou '{ $command }': { $error }; { $hint }
device-session-meaning-hint = { $meaning }; { $hint }
device-session-unit-refused = o dispositivo indica a sua unidade como '{ $unit }', que o perfil '{ $profile }' não inclui

## O dispositivo ligado (o painel do dispositivo: tara, as mensagens do dispositivo)

acq-tared-by-device = tara feita pelo dispositivo
acq-tared-in-software = tara feita por software (o dispositivo não tem comando de tara)
acq-not-tared = sem tara: ainda não há leituras para a tara
acq-device-error = erro do dispositivo { $code }
acq-device-error-meaning = erro do dispositivo { $code }: { $meaning }
acq-no-reply = sem resposta a '{ $command }'
acq-device-lost-at = { $state } aos { $seconds } s

## O diário: as amostras de uma gravação guardadas na base de dados enquanto é feita (ao passar o rato
## na barra de estado, e um ensaio que não foi possível guardar)

acq-journal-cannot-open = não é possível abrir o diário: { $error }
acq-journal-database-not-opened = não foi possível abrir a base de dados
acq-journal-cannot-start = não é possível iniciar o diário: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } amostra não tinha diário para onde ir
       *[other] { $count } amostras não tinham diário para onde ir
    }
acq-journal-cannot-discard = não é possível descartar uma gravação: { $error }
acq-journal-write-failed = falha na escrita no diário: { $error }
acq-journal-not-in-journal = esta gravação não está no diário
acq-journal-cannot-save = não é possível guardar o ensaio: { $error }

## Leituras enviadas pelo dispositivo que estão em falta

readings-missing =
    { $count ->
        [one] { $number } leitura enviada pelo dispositivo está em falta: { $basis }
       *[other] { $number } leituras enviadas pelo dispositivo estão em falta: { $basis }
    }
readings-missing-about =
    { $count ->
        [one] cerca de { $number } leitura enviada pelo dispositivo está em falta: { $basis }
       *[other] cerca de { $number } leituras enviadas pelo dispositivo estão em falta: { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] o relógio do dispositivo mostra falhas de { $seconds } s no total onde era esperada { $number }
       *[other] o relógio do dispositivo mostra falhas de { $seconds } s no total onde eram esperadas { $number }
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } linha danificada onde eram esperadas leituras
       *[other] { $number } linhas danificadas onde eram esperadas leituras
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } descodificada mas não entregue a tempo
       *[other] { $number } descodificadas mas não entregues a tempo
    }
readings-basis-join = { $first }; { $next }

## Portas série e perfis de dispositivo (o painel do dispositivo, Definições)

port-info-cannot-list = não é possível listar as portas série: { $error }
port-info-profiles-share-usb-id = { $port }: os perfis { $profiles } correspondem todos ao seu id USB { $usb }; '{ $first }' é proposto primeiro (o primeiro da lista): escolha o do dispositivo ligado
port-info-profile-shadowed = perfil '{ $id }': é usado { $used }, não { $unused } ({ $why })
port-info-built-in-profile = o perfil incorporado '{ $name }'
port-info-shadowed-demo = os dispositivos de demonstração usam sempre os perfis incorporados: dê outro id a este
port-info-shadowed-replaces-built-in = um perfil numa pasta de dispositivos substitui o perfil incorporado com o mesmo id
port-info-shadowed-same-folder = dois ficheiros na mesma pasta têm este id; é usado o último por nome de ficheiro: dê outro id a um deles
port-info-shadowed-read-after = { $later } é lido depois de { $earlier }
port-info-hint-profile-missing = perfil '{ $id }': uma indicação refere o perfil '{ $profile }', que não está carregado
port-info-usb-id-claimed = o id USB { $usb } é reivindicado por { $profiles }: uma porta com esse id propõe primeiro '{ $first }'; escolha o do dispositivo ligado
port-info-and = { $list } e { $next }

## Os dispositivos de demonstração

demo-device-no-profile = não existe o perfil fornecido devices/{ $file }
demo-device-cannot-start = não foi possível iniciar o dispositivo de demonstração: { $error }
demo-device-failed = o dispositivo de demonstração falhou

## O registo da clínica: o que foi recusado ao guardar, uma linha que não pode ser lida, o que diz no ecrã
## uma base de dados ou um servidor da clínica que não pode ser usado, e algumas pequenas partes da
## aplicação (a coluna do retorno ao desporto na lista de atletas)
# Estas frases começam por minúscula: os ecrãs mostram-nas muitas vezes depois de palavras suas
# ("Não guardado: ..."). Caminhos, erros SQL e o que o servidor disse chegam em inglês, em $detail.

## O que uma consulta contém

store-trials = { $count ->
    [0] sem ensaios
    [one] { $count } ensaio: { $tests }
   *[other] { $count } ensaios: { $tests }
}

## Gravação recusada: alguém alterou o mesmo registo entretanto
# O particípio concorda com o registo (atleta, episódio, modelo: masculino; consulta, definição: feminino).

conflict-changed-by-at =
    não guardado: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta definição foi alterada
        [clearance-template] este modelo de alta foi alterado
       *[other] este registo foi alterado
    } por { $login } em { $when } desde que o abriu. O que escreveu fica aqui; veja a alteração feita (cancelar e voltar a abrir) e faça de novo a sua
conflict-changed-by =
    não guardado: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta definição foi alterada
        [clearance-template] este modelo de alta foi alterado
       *[other] este registo foi alterado
    } por { $login } desde que o abriu. O que escreveu fica aqui; veja a alteração feita (cancelar e voltar a abrir) e faça de novo a sua
conflict-changed-at =
    não guardado: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta definição foi alterada
        [clearance-template] este modelo de alta foi alterado
       *[other] este registo foi alterado
    } por outra pessoa em { $when } desde que o abriu. O que escreveu fica aqui; veja a alteração feita (cancelar e voltar a abrir) e faça de novo a sua
conflict-changed =
    não guardado: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta definição foi alterada
        [clearance-template] este modelo de alta foi alterado
       *[other] este registo foi alterado
    } por outra pessoa desde que o abriu. O que escreveu fica aqui; veja a alteração feita (cancelar e voltar a abrir) e faça de novo a sua

## A base de dados da clínica não pode ser usada, ou uma linha não pode ser lida

store-error-data-dir = não é possível criar a pasta de dados { $path }: { $detail }
store-error-open = não é possível abrir a base de dados { $path }: { $detail }
store-error-damaged = a base de dados { $path } está danificada ({ $detail }). Copie-a para um local seguro e depois restaure a cópia de segurança mais recente de { $backups }
store-error-too-new = a base de dados { $path } foi escrita por um ForceTrack mais recente (esquema { $found }; este programa conhece até { $known })
store-error-backup = não é possível fazer cópia de segurança da base de dados para { $path }: { $detail }
store-error-not-found = { $what ->
        [athlete] o atleta
        [injury-episode] o episódio de lesão
        [visit] a consulta
        [deleted-visit] a consulta eliminada
        [trial] o ensaio
        [journal-recording] a gravação do diário
       *[other] o registo
    } { $id } não existe
store-error-corrupt = não é possível ler dados guardados: { $detail }
store-error-damaged-samples = ensaio { $trial }: as amostras guardadas estão danificadas ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] atleta
        [injury-episode] episódio de lesão
        [visit] consulta
        [trial] ensaio
        [sign-off] assinatura
        [manual-check-answer] resposta a verificação manual
        [setting] definição
        [clinic-defined-test] teste definido pela clínica
        [clinic-defined-battery] bateria definida pela clínica
        [clinic-defined-clearance-template] modelo de alta definido pela clínica
       *[other] linha
    } { $id }: a célula '{ $column }' não é válida ({ $detail })
store-damaged-trial = ensaio { $trial } (atleta { $athlete }, consulta de { $date }): as amostras guardadas estão danificadas ({ $detail })
store-error-busy = erro da base de dados: { $detail }
store-error-disk-full = erro da base de dados: { $detail }
store-error-database = erro da base de dados: { $detail }
store-error-server = erro da base de dados: { $problem }
store-error-offline = erro da base de dados: não é possível contactar o servidor da clínica

## O servidor da clínica: porque este computador não o pode usar
# Endereços, "postgresql://LOGIN@HOST/DATABASE", "sslmode=...", "?sslrootcert=FILE", "~/.pgpass",
# "PGPASSWORD" e "TLS" ficam como estão.

server-error-not-an-address = '{ $address }' não é um endereço de servidor da clínica: escreva-o como postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } não é conhecido: omita-o (TLS, com verificação do certificado) ou escreva sslmode=disable
server-error-address-unreadable = não é possível ler o endereço do servidor da clínica '{ $address }': { $detail }
server-error-address-no-database = o endereço do servidor da clínica '{ $address }' não indica nenhuma base de dados
server-error-needs-ca-file = o servidor da clínica { $host } está noutro computador: indique o ficheiro do certificado da CA (?sslrootcert=FILE no endereço) para que o certificado possa ser verificado; só uma clínica que desative o TLS (sslmode=disable) dispensa isto
server-error-ca-file = o ficheiro do certificado da CA do servidor { $file }: { $detail }
server-error-ca-file-empty = o ficheiro do certificado da CA do servidor { $file }: não contém nenhum certificado
server-error-connection = o servidor da clínica { $server }: { $problem }
server-error-wrong-password = palavra-passe errada para este utilizador
server-error-login-refused = o servidor não deixa entrar este utilizador ({ $detail })
server-error-no-such-database = a base de dados não existe ({ $detail })
server-error-not-allowed = este utilizador não tem permissão para isso ({ $detail })
server-error-changed-meanwhile = outro posto alterou as mesmas linhas no mesmo momento; tente de novo
server-error-certificate = o certificado não foi aceite ({ $detail })
server-error-refused = recusou a ligação (nenhum servidor de bases de dados escuta nesse endereço e porta)
server-error-no-answer = não é possível contactá-lo (sem resposta em 5 s)
server-error-no-such-host = não é possível contactá-lo (o anfitrião ou o socket não existe)
server-error-unreachable = não é possível contactá-lo ({ $detail })
server-error-password-missing = pede uma palavra-passe: coloque-a no ficheiro de palavras-passe do PostgreSQL (~/.pgpass) ou em PGPASSWORD
server-error-connection-lost = a ligação perdeu-se
server-error-no-record = o servidor da clínica { $server } ainda não tem registo do ForceTrack: crie-o uma vez com `{ $command }` (numa base de dados vazia)
server-error-older = o servidor da clínica { $server } tem a versão do esquema { $found } e este ForceTrack usa a { $known }: o servidor é mais antigo. Feche o ForceTrack em todos os postos, atualize depois o servidor uma vez com `{ $command }` e atualize os outros postos
server-error-newer = o servidor da clínica { $server } tem a versão do esquema { $found }, mais recente do que a { $known } deste ForceTrack: foi atualizado por um ForceTrack mais recente. Instale essa versão neste posto

## Coluna do retorno ao desporto na lista de atletas

clinic-rts-status = { $status ->
        [not_yet] ✖ ainda não
        [incomplete] ⚠ incompleto
       *[other] ✔ todos os critérios passam
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] repetição
       *[other] repetições
    }
