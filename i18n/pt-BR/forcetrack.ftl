# ForceTrack: as palavras que o profissional lê, em português do Brasil.
#
# Traduzido de i18n/en/forcetrack.ftl: os mesmos ids de mensagem, na mesma ordem, com as
# mesmas variáveis. Termos recorrentes: i18n/pt-BR/glossary.md. Registro: "você" ou impessoal;
# botões no infinitivo ("Salvar", "Cancelar"). Plurais: [one] (0 e 1 no pt-BR) e *[other].

## Idiomas (cada um no seu próprio idioma, mostrados em Configurações)

language-en = English
language-es = Español
language-de = Deutsch
language-fr = Français
language-pt-PT = Português (Portugal)
language-pt-BR = Português (Brasil)
language-it = Italiano

## A estrutura do app: abrir uma clínica, avisos, a barra superior, a primeira tela, Configurações,
## o servidor da clínica, gravações interrompidas por uma falha.

## Abrir uma clínica e os avisos do app

app-prefs-ignored = preferências ignoradas ({ $detail })
app-prefs-cannot-create-folder = não foi possível criar { $folder }: { $error }
app-prefs-cannot-write = não foi possível gravar { $file }: { $error }
app-prefs-cannot-save = não foi possível salvar as preferências: { $error }
app-server-setting-not-used = O servidor da clínica indicado em Configurações não está sendo usado: { $error }
app-device-lost-recording-kept = { $reason }: a gravação até esse momento foi mantida
app-recording-max-length = A gravação atingiu a duração máxima e foi interrompida.
app-opening-demo = Abrindo a clínica de demonstração…
app-opening-clinic = Abrindo a clínica…
app-opening-detail = { $folder }: verificando e, se necessário, atualizando o banco de dados
app-stop-recording-before-switching = Pare a gravação antes de trocar de clínica: ela é salva nesta.
app-device-stays-connected = { $device } continua conectado.
app-demo-not-made = Não foi possível criar a clínica de demonstração: { $error }
app-damaged-samples = A verificação do banco de dados encontrou amostras danificadas, excluídas de todos os resultados: { $list }. Restaure um backup para recuperá-las.
app-rows-left-out = Registros armazenados que não podem ser lidos, excluídos de todas as listas e resultados: { $list }. Restaure um backup para recuperá-los.

## Dica de retorno ao esporte na lista de atletas: os critérios obrigatórios não atendidos

app-criterion-fail = ✖ não atende: { $criterion } (exige { $needs })
app-criterion-fail-value = ✖ não atende: { $criterion }: { $value } (exige { $needs })
app-criterion-no-data = ? sem dados: { $criterion } (exige { $needs })
app-red-band = { $test } { $date }: assimetria { $asymmetry } (vermelho)

## A barra superior

nav-athletes = Atletas
nav-athletes-tip = todos os atletas
nav-athlete = Atleta
nav-athlete-tip = perfil, lesões e consultas do atleta
nav-test = Teste
nav-test-tip = realizar uma sessão de testes
nav-history = Histórico
nav-history-tip = evolução entre consultas e curvas gravadas
nav-clearance = Liberação
nav-clearance-tip = checklist de retorno ao esporte
nav-export = Exportar
nav-export-tip = CSV para planilhas e pesquisa
nav-settings = Configurações
nav-settings-tip = unidades, fórmulas, limiares, dispositivos
nav-light = ☀ Claro
nav-dark = 🌙 Escuro
nav-theme-tip = alternar entre claro e escuro
nav-open-my-clinic = Abrir minha clínica
nav-open-my-clinic-tip = sair da clínica de demonstração
nav-open-demo = Abrir a clínica de demonstração
nav-open-demo-tip = uma clínica separada com atletas de exemplo
nav-choose-athlete-first = Escolha um atleta primeiro.

## A primeira tela

welcome-tagline = Testes de força de isquiotibiais e glúteos, histórico e retorno ao esporte
welcome-open-failed = Não foi possível abrir a clínica: { $error }
welcome-explore-demo = Explorar a clínica de demonstração
welcome-demo-description = Seis atletas de exemplo com meses de consultas, em um banco de dados próprio. Os dispositivos de demonstração não precisam de hardware.
welcome-retry-server = Tentar o servidor da clínica novamente
welcome-clinic-on-server = A clínica deste computador está no servidor da clínica { $server }.
welcome-use-this-computer = Usar o banco de dados deste computador
welcome-use-this-computer-description = Usar a clínica própria deste computador (o servidor da clínica pode ser escolhido de novo em Configurações, Servidor da clínica).
welcome-start-my-clinic = Iniciar minha clínica
welcome-start-description = Uma clínica vazia para os seus próprios atletas. Você pode alternar entre as duas a qualquer momento.
welcome-record-on-server = O registro da clínica está no servidor da clínica; as gravações ficam primeiro neste computador.
welcome-stays-here = Tudo fica neste computador.

## Configurações

settings-title = Configurações
settings-not-saved-problems = Não salvo: { $problems }.
settings-not-saved-error = Não salvo: { $error }
settings-saved = Configurações da clínica salvas.
settings-save = Salvar configurações da clínica
settings-discard = Descartar alterações
settings-unsaved-bar = ⚠ Ainda não salvo, e não usado até ser salvo: { $changes }

## Configurações: sair com alterações não salvas

settings-unsaved-title = As configurações da clínica não foram salvas
settings-unsaved-changed = Alterado aqui: { $changes }.
settings-unsaved-explain = Elas não são usadas em lugar nenhum (resultados, relatórios, outros computadores) até serem salvas.
settings-save-and-leave = Salvar e sair
settings-leave-without-saving = Sair sem salvar
settings-stay = Ficar em Configurações

## Configurações: o que mudou (listado nas duas mensagens acima)

settings-change-formula = fórmula de assimetria { $formula } (antes { $was })
settings-change-summary = valor por lado { $value ->
        [best] melhor repetição
       *[mean] média das repetições
    } (antes { $was ->
        [best] melhor repetição
       *[mean] média das repetições
    })
settings-change-bands = faixas de cor: âmbar a partir de { $amber } %, vermelho a partir de { $red } %
# "H:Q" = razão isquiotibiais:quadríceps; a abreviatura é mantida.
settings-change-hq = H:Q mínima aceitável { $hq }
settings-change-no-hq = sem H:Q mínima aceitável
# "MDC" = mudança mínima detectável.
settings-change-mdc = MDC de { $tests }
settings-change-other = outras configurações da clínica

## Configurações: exibição (este computador)

settings-display = Exibição (este computador)
settings-language = Idioma
settings-language-tip = o idioma do ForceTrack neste computador
settings-language-unavailable-tip = ainda não traduzido
settings-decimal-separator = Separador decimal
settings-decimal-point-tip = ponto decimal
settings-decimal-comma-tip = vírgula decimal
settings-decimal-separator-tip = como os números são escritos na tela e nos relatórios
settings-date-order = Formato da data
settings-date-order-tip = como as datas são escritas na tela e nos relatórios
settings-date-order-ymd = { $today } (ano-mês-dia)
settings-date-order-dmy = { $today } (dia/mês/ano)
settings-date-order-dmy-dots = { $today } (dia.mês.ano)
settings-date-order-mdy = { $today } (mês/dia/ano)
settings-force-unit = Unidade de força
settings-dark = Tema escuro
settings-countdown = Contagem regressiva antes de gravar (s)
settings-renderer = Renderizador
settings-renderer-in-use = { $renderer } desenha esta janela
settings-renderer-next = { $renderer } desenha esta janela; { $next } a partir da próxima inicialização
settings-renderer-tip = glow é o padrão: desenha a visualização ao vivo mais rápido na maioria dos computadores. --renderer substitui esta opção em uma inicialização.

## Configurações: as escolhas da clínica

settings-clinic = Clínica (compartilhada por todos os computadores que usam esta clínica)
settings-formula = Fórmula de assimetria
settings-summary = Valor por lado para assimetria e evolução
settings-best-rep = melhor repetição
settings-mean-of-reps = média das repetições
settings-summary-note = A melhor repetição é a convenção clínica; a média é a escolha mais confiável para a assimetria ({ $source }).
settings-amber-from = Âmbar a partir de (%)
settings-red-from = Vermelho a partir de (%)
settings-bands-source = Fonte: { $source }.
settings-hq-floor = H:Q mínima aceitável (torque de flexão / extensão do joelho a 90°)
settings-hq-floor-tip = a H:Q mínima aceitável da clínica
settings-hq-note = Sem valor padrão: o ponto de corte isocinético ({ $cutoff }, { $source }) não se aplica a razões isométricas; a clínica pode definir o seu.
# "MDC95" = mudança mínima detectável com 95 % de confiança; a abreviatura é mantida.
settings-mdc-heading = Mudança mínima detectável (MDC95) por teste
settings-mdc-test = Teste
settings-mdc-value = MDC95
settings-mdc-source = Fonte
# "SEM" = erro padrão da medida (standard error of measurement), abreviatura mantida como na literatura.
settings-mdc-sem = Seu SEM ➡ MDC95 = { $factor }·√2·SEM
settings-mdc-tip = MDC95 de { $test }
settings-mdc-clinic-setting = configuração da clínica
settings-sem-label = SEM ({ $unit })
settings-sem-use = Usar
settings-sem-use-tip = definir a MDC de { $test } a partir do seu SEM
settings-sem-invalid = “{ $typed }” não é um SEM: digite um número maior que 0, p. ex. { $example }
settings-sem-error-tip = veja abaixo da tabela
settings-sem-error-line = ⚠ { $test }: { $error }
settings-mdc-default = Padrão
settings-mdc-default-tip = voltar à MDC publicada de { $test }

## Configurações: perfis de dispositivo

settings-devices = Perfis de dispositivo
settings-devices-intro = Perfis embutidos, mais os seus em { $folder } e na pasta abaixo.
settings-devices-folder = Pasta extra de dispositivos
settings-devices-reload = Usar e recarregar
settings-profile-not-loaded = não carregado: { $error }

## Configurações: o servidor da clínica

server-heading = Servidor da clínica
server-intro = Vários computadores compartilham um único registro no servidor PostgreSQL da clínica; um computador sozinho o mantém em seu próprio banco de dados. As gravações são sempre registradas primeiro no diário deste computador, assim uma gravação nunca espera pela rede.
server-in-use = Este computador usa o servidor da clínica { $server }.
server-none = Este computador usa o próprio banco de dados (sem servidor da clínica).
server-host = Servidor (nome do host ou endereço)
server-port = Porta
server-database = Banco de dados
server-login = Login (o seu)
# CA = autoridade certificadora.
server-ca-file = Arquivo do certificado da CA do servidor
server-password = Senha
server-password-tip = guardada apenas no arquivo de senhas do PostgreSQL, nunca nas configurações do ForceTrack
server-tls-off = Desativar o TLS (a conexão não é criptografada: só dentro de uma rede confiável)
server-test = Testar a conexão
server-save-password = Salvar a senha
server-save-password-tip = no arquivo de senhas do PostgreSQL (~/.pgpass), legível só por você
server-use = Usar este servidor da clínica
server-use-this-computer = Usar o banco de dados deste computador
server-no-home = não há pasta pessoal para o arquivo de senhas
server-password-not-saved = a senha não foi salva: { $error }
server-password-saved = Senha salva em { $file } (legível só por você).
server-connected = Conectado a { $server } como { $login }: versão do esquema { $version } (a deste programa: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atletas
    }.
server-connected-encrypted = Conectado a { $server } como { $login }, com criptografia e o certificado do servidor verificado: versão do esquema { $version } (a deste programa: { $latest }), { $athletes ->
        [one] { $athletes } atleta
       *[other] { $athletes } atletas
    }.

## Gravações que uma falha deixou inacabadas

recovery-look-failed = Não foi possível procurar gravações inacabadas: { $error }
recovery-title = Gravações inacabadas
recovery-intro = O ForceTrack parou enquanto estas gravações eram feitas. O que foi salvo até o último momento pode ser mantido.
recovery-unknown-athlete = atleta desconhecido
recovery-test-side = { $side ->
        [left] { $test }, perna esquerda
        [right] { $test }, perna direita
       *[both] { $test }, ambas as pernas
    }
recovery-no-test = uma gravação sem teste
recovery-recording = { $started } · { $athlete } · { $test } · { $samples ->
        [one] { $samples } amostra
       *[other] { $samples } amostras
    } ({ $seconds } s)
recovery-pain-label = Dor durante a gravação
recovery-pain-choose = escolha 0-10
recovery-pain-not-known-chosen = Dor desconhecida
recovery-pain-chosen = Dor { $pain }/10
recovery-pain-not-known = Desconhecida
recovery-keep = Manter como tentativa
recovery-keep-disabled-tip = Escolha primeiro a dor que o atleta relatou durante esta gravação
recovery-discard = Descartar…
recovery-discard-tip = joga a gravação fora; a confirmação é pedida mais uma vez
recovery-discard-confirm = Sim, descartar estes { $seconds } s definitivamente
recovery-do-not-discard = Não descartar
recovery-kept-in-visit = A tentativa mantida está na consulta de { $date }.
recovery-go-on = Continuar essa sessão
recovery-close = Fechar
recovery-decide-later = Decidir depois
recovery-kept = Mantida como tentativa { $trial } da consulta de { $date }.
recovery-discarded = A gravação inacabada foi descartada.
recovery-no-samples = Nenhuma amostra foi salva antes da interrupção.
recovery-preview-hover =
    { $channel }
    t = { $time } s
    F = { $force } (como gravado)

## Uma gravação fixa na plataforma de força de demonstração (um modo de medição)

autorecord-heading = Gravando a plataforma de força de demonstração: { $duration } de { $total } s
autorecord-samples = { $samples ->
        [one] { $samples } amostra por canal
       *[other] { $samples } amostras por canal
    }

## Sessão: gravação (as etapas, gravação ao vivo, revisão, valores digitados, abandono)

## Lista de etapas (painel esquerdo)

run-steps-heading = Testes (⬅ ➡ para navegar)
run-step-not-done = { $mark } { $step } (não realizado)
run-step-not-done-tip = não realizado: { $reason }
run-step-cannot-record-tip = o dispositivo conectado não consegue gravar isto: { $reason }
run-summary = Resumo ▶
run-tally = { $done } de { $total } concluídos
run-tally-not-done = { $done } de { $total } concluídos, { $not_done } não realizados

## Etapa atual

run-position = Posição: { $position }
# O comando verbal que o profissional dá ao atleta.
run-cue = Comando: “{ $cue }”
run-connect-device-first = Conecte um dispositivo primeiro.
run-connect-device = Conecte um dispositivo para gravar.
run-device-cannot-record = ⚠ { $device } não consegue gravar este teste: { $reason }.
run-lever-arm = Braço de alavanca (m)
run-lever-arm-hint = medido; para o torque
# $landmark começa com artigo ("a interlinha articular do joelho até…"): "desde" evita a contração.
run-lever-arm-tip = medido desde { $landmark }

## Marcar uma etapa como "não realizada"

run-marked-not-done = Marcado como não realizado: { $reason }
run-test-after-all = Testar mesmo assim
run-not-done-today = Não será feito hoje?
run-not-done-reason-hint = motivo, p. ex. sem aparelho nórdico, dor, tempo
run-mark-both-not-done = Marcar ambos os lados como não realizados
run-mark-not-done = Marcar como não realizado
run-mark-not-done-tip = deixar este teste fora da consulta de hoje; o motivo vai para as anotações da consulta
run-mark-side-not-done =
    { $side ->
        [left] Marcar só o lado esquerdo como não realizado
        [right] Marcar só o lado direito como não realizado
       *[both] Marcar ambos os lados como não realizados
    }
run-mark-side-not-done-tip = o outro lado deste teste ainda fica para ser testado

## Controles de gravação

run-start-recording = ⏺ Iniciar gravação
run-rest = Descanso { $time }
run-start-now = ⏺ Iniciar agora
run-skip-rest = Pular descanso
run-cancel = Cancelar
run-stop = ■ Parar
run-key-space-tip = Espaço
run-key-enter-tip = Enter
run-key-esc-tip = Esc
run-key-backspace-twice-tip = Backspace duas vezes
run-cancel-recording-tip = Esc: descartar esta gravação
run-key-escape = Esc
run-key-backspace = Backspace
run-press-again-discard = Pressione { $key } de novo para descartar esta gravação.
run-press-again-redo = Pressione { $key } de novo para descartá-la e gravar outra vez.
run-press-again-discard-redo = Pressione { $key } de novo para descartar esta gravação e gravar outra vez.
run-live-rep = Rep. { $number }: { $peak }
run-live-rep-rising = Rep. { $number }: { $peak } …

## Salvar uma tentativa

run-trial-saved = Tentativa salva.
run-trial-kept-offline =
    Tentativa mantida neste computador: o servidor da clínica não está acessível. Ela é enviada quando o servidor voltar a responder (a barra de status conta o que está aguardando).
run-trial-not-saved = A tentativa não foi salva: { $error }.
run-trial-not-saved-rescued = A tentativa não foi salva: { $error }. A gravação foi mantida em { $path }.
run-trial-not-saved-lost = A tentativa não foi salva: { $error }. Também não foi possível mantê-la: { $reason }.
run-not-saved = Não salvo: { $error }

## Revisão de uma gravação

run-device-lost = Conexão com o dispositivo perdida: { $note }
run-no-effort = Nenhum esforço foi detectado nesta gravação.
run-counted = Incluída
run-peak = Pico
run-peak-of = Pico { $channel }
run-metric-of = { $metric } { $channel }
run-flags = Alertas
run-rep = Rep. { $number }
run-rep-tip = desmarque para deixar esta repetição fora dos resultados
run-accept-trial = ✔ Aceitar tentativa
run-ask-pain-first = Pergunte sobre a dor primeiro.
run-redo = ↺ Refazer

## Escore de dor

run-pain-scale = Dor durante este teste (0-10):
run-pain-value = dor { $value }
run-pain-tip = 0-3 seguro, 4-5 aceitável, acima de 5 não aceitável ({ $source })

## Digitar os valores de um dispositivo sem protocolo público

run-type-values = Digitar os valores (dispositivo sem protocolo público)
run-type-values-tip =
    o pico de cada repetição lido no visor do dispositivo (microFET, Lafayette, VALD, Kinvent, balança de gancho com retenção de pico); contado como os picos de uma tentativa gravada, marcado “inserido manualmente”, sem métricas da curva
run-hand-device = Dispositivo
run-hand-device-hint = p. ex. Hoggan microFET 2
run-hand-kind = Tipo
run-hand-kind-tip = a mudança só é comparada dentro de um mesmo tipo de dispositivo
run-hand-unit = Unidade no visor
run-hand-left-peaks = Perna esquerda: pico de cada repetição
run-hand-right-peaks = Perna direita: pico de cada repetição
run-hand-peaks = Pico de cada repetição
run-hand-peaks-empty = digite o pico de cada repetição, p. ex. { $example }
run-hand-peak-not-a-number = “{ $text }” não é um pico de força em { $unit } (um número maior que 0)
run-hand-leg-problem =
    perna { $side ->
        [left] esquerda
       *[right] direita
    }: { $problem }
run-hand-entered =
    { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best }: inserido manualmente
run-hand-entered-converted =
    { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best } ({ $converted }): inserido manualmente
run-hand-entered-leg =
    { $side ->
        [left] esquerda
       *[right] direita
    }: { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best }: inserido manualmente
run-hand-entered-leg-converted =
    { $side ->
        [left] esquerda
       *[right] direita
    }: { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }, melhor { $best } ({ $converted }): inserido manualmente
run-save = ✔ Salvar

## Uma etapa que conta repetições

run-reps-completed = Repetições concluídas
run-reps = Repetições
run-reps-hint = número
run-threshold = { $label } { $value } { $unit } ({ $source })
run-reps-not-a-number = “{ $text }” não é um número de repetições: digite um número inteiro, p. ex. 22

## Abandonar uma sessão

run-abandon = Abandonar sessão
run-abandon-question-holds = Sair desta sessão? A consulta contém { $trials }.
run-abandon-question-empty = Sair desta sessão? A consulta ainda não contém tentativas.
run-abandon-question-added =
    Sair desta sessão? Ela adicionou { $added } à consulta de { $date }, que antes continha { $before ->
        [one] { $before } tentativa
       *[other] { $before } tentativas
    }.
run-abandon-question-added-nothing =
    Sair desta sessão? Ela não adicionou nada à consulta de { $date }, que mantém { $before ->
        [one] sua { $before } tentativa
       *[other] suas { $before } tentativas
    }.
run-abandon-delete =
    Excluir a consulta (restaurável por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    })
run-abandon-delete-tip = Desfazer, na próxima tela ou na página do atleta, traz a consulta de volta com suas tentativas
run-abandon-keep =
    Manter a consulta e { $count ->
        [one] sua { $count } tentativa
       *[other] suas { $count } tentativas
    }
run-abandon-keep-empty = Manter a consulta (ela não contém tentativas)
run-abandon-keep-tip = a consulta fica no histórico do atleta como está; os testes não realizados não são registrados
run-abandon-keep-all =
    Manter a consulta e { $count ->
        [one] sua { $count } tentativa
       *[other] todas as suas { $count } tentativas
    }
run-abandon-keep-all-tip = as tentativas desta sessão ficam na consulta junto com as anteriores
run-abandon-remove =
    Remover { $count ->
        [one] a { $count } tentativa adicionada
       *[other] as { $count } tentativas adicionadas
    } por esta sessão
run-abandon-leave = Sair da sessão
run-abandon-go-on = Continuar a sessão
run-abandon-kept =
    Você saiu da sessão. A consulta de { $date } foi mantida com { $count ->
        [one] sua { $count } tentativa
       *[other] suas { $count } tentativas
    }.
run-abandon-deleted = A consulta de { $date } foi excluída com { $trials }.
run-abandon-deleted-empty = A consulta de { $date } foi excluída, sem tentativas.
run-abandon-left-earlier =
    Você saiu da sessão. A consulta de { $date } mantém { $before ->
        [one] a { $before } tentativa
       *[other] as { $before } tentativas
    } que já tinha.
run-abandon-removed =
    O que esta sessão adicionou foi removido ({ $removed }). A consulta de { $date } mantém { $before ->
        [one] a { $before } tentativa
       *[other] as { $before } tentativas
    } que já tinha.

## Sessão: iniciar uma sessão, o painel do dispositivo, o resumo da sessão, os componentes comuns

## O plano de uma sessão: um teste de um lado (ou dos dois ao mesmo tempo)

session-step-title =
    { $side ->
        [left] { $test }, perna esquerda
        [right] { $test }, perna direita
       *[both] { $test }, ambas as pernas
    }
session-step-needs-two-channels = este teste grava as duas pernas ao mesmo tempo: conecte um dispositivo de dois canais (um aparelho nórdico ou plataformas de força)
session-step-channels-do-not-fit = os canais deste dispositivo não servem para este teste
session-step-passed-over = { $device } não consegue gravá-lo: { $reason }
# Gravado nas anotações da consulta e relido por uma sessão posterior na mesma consulta:
# "({ $reason })." fica no final, com o ponto final logo após o parêntese.
session-not-done-note = Não realizado: { $step } ({ $reason }).

## Preparar uma sessão

session-heading = Sessão de testes: { $athlete }
session-current-injury = Lesão atual: { $injury } (desde { $date })
session-not-abandoned = A sessão não foi abandonada: { $error }
session-not-restored = Não restaurado: { $error }
session-undo = Desfazer
session-undo-tip = trazer a consulta de volta com suas tentativas
session-tests = Testes
# Bateria: um conjunto de testes feitos juntos para um tipo de lesão.
session-battery = Bateria: { $battery }
session-both-legs-at-once = ambas as pernas ao mesmo tempo
session-one-leg-at-a-time = uma perna de cada vez
session-visit = Consulta
session-going-on-with-visit = Continuando a consulta de { $date }: as tentativas que ela contém contam como realizadas, e os testes que as anotações dão como não realizados, como não realizados; escolha os testes e o dispositivo.
session-visit-today =
    { $athlete } tem uma consulta hoje ({ $date }, { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }).
session-add-to-todays-visit = Adicionar à consulta de hoje
session-add-to-todays-visit-tip = os testes desta sessão entram nessa consulta: os resultados (H:Q, assimetria, liberação) são lidos em conjunto
session-or-new-visit = ou preencha uma nova consulta abaixo
session-device = Dispositivo
session-resume = Retomar sessão
session-start = Iniciar sessão
session-choose-a-test = Escolha pelo menos um teste.
session-body-mass = Massa corporal (kg)
session-body-mass-hint = para N/kg
session-clinician = Profissional
session-clinician-hint = seu nome
session-notes = Anotações
# VISA-H: questionário do Victorian Institute of Sport Assessment para tendinopatia proximal dos
# isquiotibiais; o nome é mantido.
session-visa-h-and-provocation = VISA-H e testes provocativos
session-visa-h = VISA-H (0-100)
session-visa-h-hint = escore total
session-provocation-source = Testes provocativos segundo { $source }
# Testes provocativos de Cacchio et al. 2012 ("bent-knee stretch" = alongamento com joelho flexionado).
session-puranen-orava = Puranen-Orava
session-bent-knee-stretch = Alongamento com joelho flexionado
session-modified-bent-knee-stretch = Alongamento com joelho flexionado modificado
session-provocation-not-done = não realizado
session-provocation-negative = negativo
session-provocation-positive = positivo
session-visa-h-not-a-number = VISA-H “{ $text }” não é um número
session-body-mass-not-a-number = massa corporal “{ $text }” não é um número
session-visa-h-out-of-range = VISA-H { $value } está fora de 0-100

## O resumo da sessão

session-visit-saved = Consulta salva.
session-summary-heading = Resumo: { $athlete }
session-summary-no-results = Esta consulta não tem resultados.
session-summary-not-recorded = Não gravado nesta consulta: { $steps }.
session-summary-not-recorded-why = { $step } ({ $why })
session-summary-asymmetry = Assimetria: { $formula } = { $definition } ({ $source }). Faixas: verde < { $amber } %, âmbar, vermelho ≥ { $red } % ({ $bands_source }).
# "LSI" = índice de simetria entre membros (limb symmetry index); a abreviatura é mantida.
session-summary-lsi = LSI { $lsi } %
session-summary-reps-count =
    { $count ->
        [one] { $count } repetição
       *[other] { $count } repetições
    }
session-summary-entered-by-hand = { $force } (inserido manualmente)
session-summary-side = Lado
session-summary-count = Contagem
session-summary-reps = Rep.
session-summary-best = Melhor
session-summary-mean = Média
# "CV" = coeficiente de variação.
session-summary-cv = CV
session-summary-pain = Dor
session-summary-since-last-visit = Desde a última consulta
session-summary-flags = Alertas
session-summary-first-visit = primeira consulta
session-summary-visit-notes = Anotações da consulta
session-summary-back = ◀ Voltar aos testes
session-summary-save = 💾 Salvar consulta
session-change-vs-mdc = vs { $since } · MDC95 { $mdc } ({ $source })
session-change-vs-not-comparable = vs { $since } · os dispositivos não são intercambiáveis: a mudança só é comparada dentro de um mesmo tipo de dispositivo
session-change-vs-no-mdc = vs { $since } · nenhuma MDC conhecida para este teste: a mudança é mostrada, não julgada

## O painel do dispositivo

# "Tarar": zerar o dispositivo sem nada puxando.
device-panel-tare = Tarar
device-panel-tare-tip = zerar o dispositivo sem nada puxando
device-panel-disconnect = Desconectar
device-panel-connect-a-device = Conectar um dispositivo
device-panel-demo-tip = o atleta simulado; não precisa de hardware
device-panel-find-ports = Procurar portas seriais
device-panel-ports-found =
    { $count ->
        [one] { $count } encontrada
       *[other] { $count } encontradas
    }
device-panel-port = { $path }  ({ $description })
device-panel-port-usb = { $path }  ({ $description }, { $usb })
device-panel-profile = Perfil
device-panel-connect = Conectar
device-panel-other-port = Outra porta
device-panel-other-port-hint = /dev/pts/3 ou COM4
device-panel-choose = escolher…
device-panel-channel-force = Força
device-panel-channel-left = Esquerda
device-panel-channel-right = Direita
device-panel-force-now-tip = força atual
device-panel-peak = pico { $force }
device-panel-peak-tip = maior força desta gravação
device-panel-device-on-port = { $device } em { $port }
device-panel-no-profile = nenhum perfil de dispositivo '{ $profile }'

## Uma porta serial que este usuário não pode abrir

port-denied-not-in-group = { $port }: permissão negada: a porta pertence ao grupo “{ $group }” e você não faz parte dele. Adicione-se com { $command }, depois encerre a sessão do sistema e entre de novo; ou instale o pacote do ForceTrack, que dá à pessoa no computador acesso aos dispositivos que ele conhece
port-denied-added-after-login = { $port }: permissão negada: você está no grupo “{ $group }” ao qual a porta pertence, mas foi adicionado depois de entrar no sistema: encerre a sessão e entre de novo (ou reinicie o computador)
port-denied-owner-only = { $port }: permissão negada: só o dono, “{ $owner }”, pode abrir a porta (modo { $mode }); instale o pacote do ForceTrack, que dá à pessoa no computador acesso aos dispositivos que ele conhece, ou peça a quem cuida deste computador
port-denied = { $port }: permissão negada; instale o pacote do ForceTrack, que dá à pessoa no computador acesso aos dispositivos que ele conhece, ou peça a quem cuida deste computador
port-short-not-in-group = sem permissão: você não está no grupo “{ $group }”
port-short-added-after-login = sem permissão até você encerrar a sessão e entrar de novo (grupo “{ $group }”)
port-short-owner-only = sem permissão: só “{ $owner }” pode abri-la
port-busy = { $port } está ocupada: outro programa está usando a porta (um monitor serial, um segundo ForceTrack, o ModemManager): feche-o e conecte de novo ({ $error })
port-not-there = { $port } não existe: o dispositivo está conectado e ligado? ({ $button } no app e { $command } listam as portas presentes)
port-cannot-open = não foi possível abrir { $port }: { $error }

## A barra de status

status-rate = { $rate } Hz
status-samples =
    { $count ->
        [one] { $count } amostra
       *[other] { $count } amostras
    }
status-samples-tip = amostras recebidas do dispositivo desde a conexão
status-readings-missing =
    { $count ->
        [one] { $count } leitura faltando
       *[other] { $count } leituras faltando
    }
status-readings-missing-about =
    { $count ->
        [one] cerca de { $count } leitura faltando
       *[other] cerca de { $count } leituras faltando
    }
status-readings-missing-tip = { $why } (desde a conexão do dispositivo)
status-no-readings-missing = nenhuma leitura faltando
status-no-readings-missing-tip = toda leitura que o dispositivo enviou desde a conexão é uma amostra
status-rejected-tip =
    linhas que não eram amostras nem respostas conhecidas; última: { $last }
    { $count ->
        [one] { $count } byte descartado
       *[other] { $count } bytes descartados
    } antes da primeira linha completa após a conexão (um fluxo já em andamento)
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
status-no-device = Nenhum dispositivo conectado
status-this-computer = este computador: { $folder }
status-this-computer-tip = o registro da clínica é o banco de dados deste computador, nesta pasta de dados
status-clinic-server = servidor da clínica { $host }/{ $database }
status-clinic-server-tip = o registro da clínica está em { $server } (login { $login }); as gravações vão primeiro para o diário deste computador, em { $folder }
status-server-reachable = SERVIDOR ACESSÍVEL
status-server-not-reachable = SERVIDOR INACESSÍVEL
status-server-not-reachable-tip = a gravação continua: as tentativas concluídas aguardam neste computador e são enviadas quando o servidor voltar a responder
status-waiting-for-server =
    { $count ->
        [one] { $count } gravação aguardando o servidor da clínica
       *[other] { $count } gravações aguardando o servidor da clínica
    }
status-waiting-for-server-tip = mantidas neste computador; enviadas automaticamente quando o servidor responder (ou: { $command })
status-demo-clinic = CLÍNICA DE DEMONSTRAÇÃO
status-journal-writes-failed =
    { $count ->
        [one] { $count } falha de escrita no diário
       *[other] { $count } falhas de escrita no diário
    }

## Componentes comuns: a linha da H:Q

# "H:Q" = razão isquiotibiais:quadríceps (torque); a abreviatura é mantida.
widget-hq-title = H:Q (torque de flexão / extensão do joelho, 90°)
widget-hq-side =
    { $side ->
        [left] esquerdo { $value }
       *[right] direito { $value }
    }
widget-hq-no-lever-arm = uma razão de torques precisa do braço de alavanca de cada tentativa (adicione em Histórico, curvas gravadas, ou com { $command })
widget-hq-not-both-tests = precisa de flexão e extensão do joelho 90/90 desse lado nesta consulta
widget-hq-caveat =
    { $side ->
        [left] H:Q esquerda { $caveat }
       *[right] H:Q direita { $caveat }
    }
widget-hq-source-no-threshold = { $source }; nenhum limiar definido.
widget-hq-source-threshold = { $source }; limiar da clínica: pelo menos { $threshold }.
widget-side-left = esquerdo
widget-side-right = direito
widget-side-both = ambas as pernas

## Componentes comuns: salvar um arquivo

widget-save-choose-folder = Escolha uma pasta vazia para a exportação
widget-save-folder-gone = a pasta { $folder } não existe mais
widget-save-no-file-manager = este computador não tem gerenciador de arquivos para mostrá-la (“{ $program }” não está instalado); os arquivos estão em { $folder }
widget-save-file-manager-failed = não foi possível iniciar o gerenciador de arquivos ({ $program }: { $error }); os arquivos estão em { $folder }
widget-save-cannot-create = não foi possível criar { $folder }: { $error }
widget-save-no-dialog = Não foi possível exibir uma janela de seleção de arquivos neste sistema, por isso nada foi salvo ainda.
widget-save-in-own-folder = Salvar na pasta de exportação do ForceTrack ({ $folder })
widget-save-not-now = Agora não
widget-save-saved-in-own-folder = Salvo na pasta de exportação do ForceTrack (este computador não exibe janela de seleção de arquivos): { $folder }
widget-save-open-folder = Abrir pasta
widget-save-cannot-show-folder = Não é possível mostrar a pasta: { $error }.

## Atletas, a página do atleta, histórico, gráficos de evolução, visualizador de tentativas e as palavras dos resultados

## Lista de atletas

athletes-heading = Atletas
athletes-search = Buscar
athletes-search-hint = nome, esporte ou id
athletes-show-archived = Mostrar arquivados
athletes-add = ➕ Adicionar atleta
athletes-none-yet = Nenhum atleta ainda: adicione o primeiro.
athletes-none-match = Nenhum atleta corresponde à busca.
athletes-col-status = Situação
athletes-col-athlete = Atleta
athletes-col-return-to-sport = Retorno ao esporte
athletes-col-sport = Esporte
athletes-col-last-visit = Última consulta
athletes-col-injury = Lesão
athletes-status-cleared = liberado
# "exceção": liberado pelo profissional contra a avaliação (override).
athletes-status-cleared-override = liberado (exceção)
athletes-status-in-rehab = em reabilitação
athletes-status-flagged = em alerta
athletes-status-no-injury = sem lesão
athletes-status-words = liberado: episódio assinado · liberado (exceção): assinado contra uma avaliação que não era “liberado”, com um motivo · em reabilitação: episódio de lesão aberto · em alerta: dor acima de 3/10 na última consulta, ou a assimetria mais recente de um teste na faixa vermelha, sem lesão ou desde a liberação da lesão
athletes-status-pain = dor { $pain }/10 na última consulta
athletes-status-red = { $status } · vermelho { $test }
athletes-name-archived = { $name } (arquivado)
athletes-open-tip = abrir (Enter); ⬆ ⬇ navegar

## Retorno ao esporte (situação de liberação do episódio aberto, na lista e na página do atleta)

athletes-rts-all-pass = { $total ->
    [one] { $total } de { $total } atende
   *[other] todos os { $total } atendem
}
athletes-rts-without-data = { $none ->
    [one] { $none } de { $total } sem dados
   *[other] { $none } de { $total } sem dados
}
athletes-rts-fail = { $fail ->
    [one] { $fail } de { $total } não atende
   *[other] { $fail } de { $total } não atendem
}
athletes-rts-fail-without-data = { $fail ->
    [one] { $fail } de { $total } não atende, { $none } sem dados
   *[other] { $fail } de { $total } não atendem, { $none } sem dados
}
athletes-rts-all-criteria-pass = { $total ->
    [one] ✔ { $total } de { $total } critério atendido
   *[other] ✔ todos os { $total } critérios atendidos
}
athletes-rts-awaiting-signoff-tip = Aguardando a assinatura do profissional: clique para abrir o checklist.
athletes-rts-open-checklist-tip = Clique para abrir o checklist.

## Página do atleta

athlete-saved = Salvo.
athlete-not-restored = Não restaurado: { $error }
athlete-archived = arquivado
athlete-new-session = ▶ Nova sessão de testes
athlete-new-session-tip = testar este atleta agora
athlete-edit-profile = Editar perfil
athlete-archive = Arquivar
athlete-unarchive = Desarquivar
athlete-archive-tip = atletas arquivados ficam ocultos na lista; nada é excluído
athlete-date-of-birth = Data de nascimento
athlete-sex = Sexo
athlete-dominant-leg = Perna dominante
athlete-sport = Esporte
athlete-body-mass = Massa corporal
athlete-external-id = Id externo
athlete-notes = Anotações
athlete-episodes = Episódios de lesão
athlete-add-episode = ➕ Adicionar episódio
athlete-episodes-none = Nenhum registrado.
athlete-episode-injured = lesão em { $date }
# Linha de base pré-lesão: uma consulta anterior à lesão cujos resultados são o normal do atleta.
athlete-episode-baseline = linha de base pré-lesão { $date }
athlete-episode-cleared = liberado em { $date }
athlete-visit-id = consulta { $id }
athlete-edit = Editar
athlete-return-to-sport = Retorno ao esporte
athlete-visits = { $visits ->
    [one] Consultas ({ $visits })
   *[other] Consultas ({ $visits })
}
athlete-visit-visa-h = VISA-H { $score }
athlete-visit-open-tip = abrir o histórico nesta consulta

## Consultas excluídas na página do atleta

athlete-deleted-heading = { $days ->
    [one] Consultas excluídas recentemente (restauráveis por { $days } dia)
   *[other] Consultas excluídas recentemente (restauráveis por { $days } dias)
}
athlete-deleted-trials = { $count ->
    [0] nenhuma tentativa
    [one] { $count } tentativa: { $tests }
   *[other] { $count } tentativas: { $tests }
}
athlete-deleted-visit = { $date } · { $trials } · excluída em { $deleted }, restaurável até { $until }
athlete-restore-visit = Restaurar a consulta de { $date }
athlete-restored = { $count ->
    [0] Consulta de { $date } restaurada, sem tentativas.
    [one] Consulta de { $date } restaurada com sua { $count } tentativa: { $tests }.
   *[other] Consulta de { $date } restaurada com suas { $count } tentativas: { $tests }.
}

## Formulário do atleta (perfil)

athlete-form-new = Novo atleta
athlete-form-edit = Editar atleta
athlete-given-name = Nome
athlete-family-name = Sobrenome
athlete-body-mass-kg = Massa corporal (kg)
athlete-body-mass-hint = p. ex. { $example }
athlete-external-id-hint = opcional
athlete-form-not-saved = { $problems ->
    [one] Não salvo: { $problems } problema a corrigir (ao lado dos campos).
   *[other] Não salvo: { $problems } problemas a corrigir (ao lado dos campos).
}
athlete-save = Salvar atleta
athlete-cancel = Cancelar

## Formulário do episódio de lesão

athlete-episode-form-new = Novo episódio de lesão
athlete-episode-form-edit = Editar episódio de lesão
athlete-injury = Lesão
athlete-side = Lado
# Grau de uma lesão muscular; BAMIC = British Athletics Muscle Injury Classification, mantida.
athlete-grade = Grau
athlete-grade-hint = p. ex. BAMIC 2b
athlete-location = Localização
athlete-injury-date = Data da lesão
athlete-baseline = Linha de base pré-lesão
athlete-baseline-none = nenhuma
athlete-baseline-tip = uma consulta anterior à lesão cujos resultados são o normal do próprio atleta
athlete-cleared-on = Liberado em
athlete-not-cleared = não liberado: é definido por uma assinatura em Liberação
athlete-cleared-by-signoff = { $date } (definido pela assinatura)
athlete-save-episode = Salvar episódio
athlete-problem-injury-date-needed = a data da lesão é obrigatória
athlete-problem-baseline-after-injury = a consulta de { $visit } não é anterior à data da lesão { $injury }: uma linha de base pré-lesão é uma consulta anterior à lesão

## Histórico

history-heading = Histórico: { $athlete }
history-no-visits = Nenhuma consulta ainda.
history-hq-tab = Razão H:Q
history-hq-heading = Razão H:Q — torque de flexão / extensão do joelho a 90°, por lado
history-hq-note = { $source }; limiar da clínica: pelo menos { $threshold }. Calculada com o valor por lado em uso ({ $summary }).
history-hq-note-no-threshold = { $source }; nenhum limiar definido. Calculada com o valor por lado em uso ({ $summary }).
history-hq-hover =
    { $series }
    { $date }: H:Q { $ratio }
history-col-visit = Consulta
history-col-left = Esquerdo
history-col-right = Direito
history-col-asymmetry = Assimetria
history-col-lsi = LSI
# E = esquerdo, D = direito.
history-col-pain = Dor (E / D)
history-progress-heading = { $test } — evolução ({ $summary } ({ $unit }))
history-progress-heading-reps = { $test } — evolução (repetições)
history-key-left = ⏺ esquerdo
history-key-right = ■ direito
history-key-baseline = - - - linha de base pré-lesão
history-key-injury = | lesão (as linhas são interrompidas ali)
history-key-mdc = sombreado: ± MDC95 { $mdc } ({ $source })
history-series-kinded = { $side }, { $kinds }
history-value-by-hand = { $value } (inserido manualmente)
history-damaged = { $count ->
    [one] ⚠ Consulta de { $date }: as amostras armazenadas da tentativa { $trials } estão danificadas; excluídas de todos os resultados (restaure um backup para recuperá-las)
   *[other] ⚠ Consulta de { $date }: as amostras armazenadas das tentativas { $trials } estão danificadas; excluídas de todos os resultados (restaure um backup para recuperá-las)
}
history-visits = Consultas
history-visit-opened-tip = a consulta aberta a partir da página do atleta
history-asymmetry-heading = Tendência da assimetria ({ $formula }, { $definition })
history-asymmetry-bands = pontos coloridos pela faixa da diferença percentual: ✔ verde < { $amber } %, ⚠ âmbar, ✖ vermelho ≥ { $red } % — { $source }
history-band-green = ✔ verde
history-band-amber = ⚠ âmbar
history-band-red = ✖ vermelho

## Gráficos (histórico)

chart-point-hover =
    { $series }
    { $date }: { $value }
chart-same-day-note = { $count ->
    [one] { $count } consulta do mesmo dia não é exibida: cada dia mostra sua última consulta
   *[other] { $count } consultas do mesmo dia não são exibidas: cada dia mostra sua última consulta
}
chart-kinds-key = preenchido: { $latest }; vazado: { $others } — não comparáveis, a linha é interrompida onde muda o tipo de instrumento
chart-baseline-left-out = Linha de base pré-lesão ({ $side }) não exibida: obtida com { $baseline }, não comparável com os valores mais recentes ({ $latest })

## Visualizador de tentativas (curvas gravadas)

trial-heading = Curvas gravadas
trial-visit = Consulta
trial-compare-with = Comparar com
trial-none = nenhuma
trial-lever-arm = Braço de alavanca, { $side } (m)
trial-lever-arm-problem = { $side }: { $problem }
trial-save-lever-arms = Salvar braços de alavanca
trial-lever-arm-side-set = { $side } { $metres } m
trial-lever-arm-side-cleared = { $side } apagado
trial-lever-arm-saved = Braço de alavanca salvo ({ $sides }): o torque e a H:Q passam a usá-lo.
trial-lever-arm-note = Medido depois da gravação, ou digitado errado? O braço de alavanca, do eixo articular até onde o dispositivo pressionou, fornece o torque e a H:Q; deixe vazio para nenhum.
trial-curve = { $date } { $side } (tentativa { $trial })
trial-curve-recorded-by = { $date } { $side } (tentativa { $trial }, gravada por { $clinician })
trial-key-left = — esquerdo
trial-key-right = — direito
trial-key-earlier = - - - a consulta anterior
# "RFD" = taxa de desenvolvimento de força; a abreviatura é mantida.
trial-key-marks = ■ barra clara: o repouso tomado como linha de base de cada repetição   | início   ♦ pico   sombreado: RFD 0-50 / 100 / 200 ms
trial-help = Tempo desde o início da primeira repetição. Arraste para mover, Ctrl + rolagem para ampliar, clique duplo para redefinir; passe o mouse para ver os valores.
trial-curve-hover =
    { $curve }
    t = { $time } s
    F = { $force } { $unit }
trial-rfd-window = RFD 0-{ $ms } ms

## Resultados: palavras comuns às telas e ao relatório impresso

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
results-verdict-improved = melhora
results-verdict-declined = piora
results-verdict-within-error = dentro do erro de medida
results-verdict-no-mdc = não julgado (sem MDC para este teste)
results-verdict-not-comparable = não comparável: dispositivo ou modo diferente
results-change = { $delta }, { $verdict } (desde { $date })
results-change-not-comparable = { $verdict } ({ $date }: { $before }, { $before_kinds }; agora { $now }, { $now_kinds })
results-mdc-clinic-setting = configuração da clínica
results-hq-no-lever-arm = sem braço de alavanca
results-hq-source = H:Q = torque de flexão do joelho / torque de extensão do joelho a 90°. Os déficits persistem após o retorno ao esporte ({ $maniar }); o ponto de corte isocinético ({ $croisier }) não se aplica a razões isométricas: sem limiar padrão
results-hq-caveat = { $verdict } (flexão do joelho: { $flexion }; extensão do joelho: { $extension })
results-problem-bands = as faixas de assimetria (âmbar a partir de { $amber } %, vermelho a partir de { $red } %) devem ser crescentes, de no mínimo 1 % a no máximo 80 %
results-problem-rep-threshold = o limiar de repetição de { $test } ({ $threshold } N) deve estar entre 1 e 200 N: acima disso, nenhuma repetição do teste é encontrada
results-problem-mdc = a MDC de { $test } ({ $mdc }) deve ser maior que 0 e no máximo 1000
results-problem-hq = a H:Q mínima ({ $hq }) deve estar entre 0.1 e 2

## Alertas: as preocupações de qualidade de um resultado, em palavras simples

flag-noisy-baseline = força instável antes da contração
flag-not-sustained = sustentação não mantida
flag-clipped = máximo do dispositivo atingido: o pico pode ser maior
# O modelo exponencial da subida da força.
flag-poor-fit = a curva de força se ajusta mal ao modelo de subida
flag-fit-failed = não foi possível ajustar o modelo de subida
flag-baseline-from-trial-start = nenhum momento de repouso antes da contração
flag-low-sample-rate = RFD não confiável abaixo de 200 amostras/s
flag-inconsistent = repetições inconsistentes (CV acima de 10 %)
flag-excluded-rep-not-found = uma repetição excluída não é mais encontrada na gravação

## Liberação para o retorno ao esporte
# O checklist de critérios que um atleta deve cumprir antes de voltar ao esporte após uma lesão.
# "LSI" = índice de simetria entre membros (lado acometido / não acometido × 100 %); mantido.
# "VISA-H" = questionário Victorian Institute of Sport Assessment, isquiotibiais (0-100); mantido.
# "linha de base pré-lesão" = os valores do próprio atleta medidos antes da lesão.
# Veredito de um critério: "atende" / "não atende" / "sem dados".

## Vereditos e situações
clearance-verdict-pass = atende
clearance-verdict-fail = não atende
clearance-verdict-no-data = sem dados
clearance-verdict-mark-pass = ✔ atende
clearance-verdict-mark-fail = ✖ não atende
clearance-verdict-mark-no-data = – sem dados
clearance-status-all-pass = todos os critérios atendidos
clearance-status-not-yet = ainda não
clearance-status-incomplete = incompleto
clearance-status-mark-all-pass = ✔ TODOS OS CRITÉRIOS ATENDIDOS
clearance-status-mark-not-yet = ✖ AINDA NÃO
clearance-status-mark-incomplete = ⚠ INCOMPLETO
clearance-summary = { $status }: { $reason }
# Um atleta sem episódio de lesão passa por triagem, não por liberação.
clearance-summary-screening = triagem: { $status }: { $reason }
clearance-reason-all-pass = { $total ->
    [one] { $total } de { $total } critério obrigatório atendido
   *[other] todos os { $total } critérios obrigatórios atendidos
}
clearance-reason-fail-and-no-data = { $total ->
    [one] { $fail } de { $total } critério obrigatório não atendido, { $none } sem dados
   *[other] { $fail } de { $total } critérios obrigatórios não atendidos, { $none } sem dados
}
clearance-reason-fail = { $total ->
    [one] { $fail } de { $total } critério obrigatório não atendido
   *[other] { $fail } de { $total } critérios obrigatórios não atendidos
}
clearance-reason-no-data = { $total ->
    [one] { $none } de { $total } critério obrigatório sem dados
   *[other] { $none } de { $total } critérios obrigatórios sem dados
}

## Tipos de critério (o editor de modelos)
clearance-kind-lsi = LSI
clearance-kind-asymmetry = assimetria
clearance-kind-absolute = força ou torque absoluto
clearance-kind-baseline-percent = % da linha de base pré-lesão
clearance-kind-pain = dor
clearance-kind-visa-h = VISA-H
clearance-kind-ratio = razão entre dois testes
clearance-kind-reps-count = número de repetições
# Testes provocativos: testes clínicos da tendinopatia proximal dos isquiotibiais que provocam a dor.
clearance-kind-provocation = testes provocativos
clearance-kind-manual = verificação manual
clearance-kind-any-of = qualquer um de
clearance-kind-first-with-data = primeiro com dados
clearance-kind-tests-done = testes realizados
clearance-quantity-force-n = força (N)
clearance-quantity-force-n-per-kg = força por kg (N/kg)
clearance-quantity-torque-n-m = torque (N·m)
clearance-quantity-torque-n-m-per-kg = torque por kg (N·m/kg)

## Limiares em palavras
clearance-threshold-lsi = LSI ({ $summary ->
        [mean] média
       *[best] melhor
    }) ≥ { $percent } %
clearance-threshold-asymmetry = assimetria ({ $summary ->
        [mean] média
       *[best] melhor
    }) ≤ { $percent } %
clearance-threshold-absolute = { $sides ->
        [involved] lado acometido
       *[each] cada lado
    } ≥ { $value } { $unit }
clearance-threshold-baseline-percent = { $sides ->
        [involved] lado acometido
       *[each] cada lado
    } ≥ { $percent } % do valor pré-lesão
clearance-threshold-pain = dor ≤ { $value }/10
clearance-threshold-visa-h-or-improving = { $count ->
    [one] VISA-H ≥ { $score } ou em melhora ao longo de { $count } consulta
   *[other] VISA-H ≥ { $score } ou em melhora ao longo de { $count } consultas
}
clearance-threshold-visa-h = VISA-H ≥ { $score }
clearance-threshold-visa-h-improving = { $count ->
    [one] VISA-H em melhora ao longo de { $count } consulta
   *[other] VISA-H em melhora ao longo de { $count } consultas
}
clearance-threshold-visa-h-recorded = VISA-H registrado
clearance-threshold-ratio = { $low }-{ $high } em cada lado
clearance-threshold-reps = { $sides ->
        [involved] { $count ->
            [one] lado acometido ≥ { $count } repetição
           *[other] lado acometido ≥ { $count } repetições
        }
       *[each] { $count ->
            [one] cada lado ≥ { $count } repetição
           *[other] cada lado ≥ { $count } repetições
        }
    }
clearance-threshold-provocation = todos negativos
clearance-threshold-manual = marcado pelo profissional
clearance-threshold-or = { $first }, ou { $second }
clearance-threshold-else = { $first }; na falta de dados, { $second }
clearance-threshold-tests-done = { $tests } gravados dos dois lados
clearance-join-and = { $first } e { $second }
clearance-join-semicolon = { $first }; { $second }

## Problemas de um modelo (mostrados quando um modelo é salvo ou lido)
clearance-problem-lsi-percent = LSI { $value } não é uma porcentagem
clearance-problem-asymmetry-percent = assimetria { $value } não é uma porcentagem
clearance-problem-baseline-percent = porcentagem da linha de base { $value } não é uma porcentagem
clearance-problem-threshold-negative = o limiar { $value } deve ser um número maior ou igual a 0
clearance-problem-pain-range = dor { $value } está fora de 0-10
clearance-problem-visa-h-range = VISA-H { $value } está fora de 0-100
clearance-problem-improving-visits = “em melhora” precisa de pelo menos 2 consultas
clearance-problem-ratio-empty = o intervalo da razão { $low }-{ $high } está vazio
clearance-problem-any-of-empty = “qualquer um de” precisa de pelo menos uma opção
clearance-problem-first-with-data-empty = “primeiro com dados” precisa de pelo menos uma opção
clearance-problem-tests-done-empty = “testes realizados” precisa de pelo menos um teste
clearance-problem-no-id = o modelo não tem id
clearance-problem-no-name = o modelo não tem nome
clearance-problem-no-criteria = o modelo não tem critérios
clearance-problem-criterion-no-id = um critério (“{ $label }”) não tem id
clearance-problem-criterion-twice = o critério “{ $criterion }” aparece duas vezes
clearance-problem-criterion-no-label = o critério “{ $criterion }” não tem rótulo
clearance-problem-criterion-no-source = o critério “{ $criterion }” não tem fonte
clearance-problem-criterion-no-test = critério “{ $criterion }”: não há teste “{ $test }” na biblioteca de testes
clearance-problem-criterion-rule = critério “{ $criterion }”: { $problem }
clearance-problem-stored = modelo de liberação “{ $template }”: { $error }
clearance-problem-stored-unreadable = o modelo de liberação “{ $template }” não pode ser lido: { $error }
clearance-no-template = não há modelo de liberação “{ $template }”
clearance-no-episode = { $athlete } não tem o episódio de lesão { $episode }
clearance-no-visit = { $athlete } não tem a consulta { $visit }
clearance-no-visit-to-evaluate = { $athlete } não tem consulta para avaliar
clearance-no-visit-for-athlete = não há consulta { $visit } para este atleta

## Leituras (os valores por trás de um veredito)
clearance-reading = { $label } { $value }
clearance-reading-lsi = LSI
clearance-reading-asymmetry = assimetria
clearance-reading-left = esquerdo
clearance-reading-right = direito
# A maior dor relatada durante os testes.
clearance-reading-highest = máxima
clearance-reading-puranen-orava = Puranen-Orava
clearance-reading-bent-knee-stretch = alongamento com joelho flexionado
clearance-reading-modified-bent-knee-stretch = alongamento com joelho flexionado modificado
clearance-reading-reps = { $count ->
    [one] { $value } repetição
   *[other] { $value } repetições
}
clearance-reading-yes = sim
clearance-reading-no = não
clearance-reading-positive = positivo
clearance-reading-negative = negativo
clearance-reading-percent-of-baseline = { $percent } % do valor pré-lesão
# A parcela de um painel de especialistas que concordou com um critério (estudo de consenso).
clearance-agreement = { $percent } % de concordância
clearance-agreement-below-consensus = { $percent } % de concordância: não atingiu consenso
clearance-below-consensus = não atingiu consenso
clearance-source-with-agreement = { $source } ({ $agreement })

## Notas (de onde veio um valor, por que não há dados)
clearance-note-from-visit = da consulta de { $dates }
clearance-note-not-recorded = { $days ->
    [one] { $test } não gravado dos dois lados em até { $days } dia
   *[other] { $test } não gravado dos dois lados em até { $days } dias
}
clearance-note-lsi-left-involved = esquerdo (acometido) / direito, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-lsi-right-involved = direito (acometido) / esquerdo, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-lsi-weaker-stronger = lado mais fraco / mais forte, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-side-without-force = um lado não tem força registrada
clearance-note-percent-difference = diferença percentual, { $summary ->
        [mean] média
       *[best] melhor
    }
clearance-note-absolute-not-recorded = { $days ->
    [one] { $test } não gravado em até { $days } dia
   *[other] { $test } não gravado em até { $days } dias
}
clearance-note-absolute-not-recorded-mass = { $days ->
    [one] { $test } (com massa corporal) não gravado em até { $days } dia
   *[other] { $test } (com massa corporal) não gravado em até { $days } dias
}
clearance-note-absolute-not-recorded-lever-arm = { $days ->
    [one] { $test } (com braço de alavanca) não gravado em até { $days } dia
   *[other] { $test } (com braço de alavanca) não gravado em até { $days } dias
}
clearance-note-absolute-not-recorded-lever-arm-mass = { $days ->
    [one] { $test } (com braço de alavanca e massa corporal) não gravado em até { $days } dia
   *[other] { $test } (com braço de alavanca e massa corporal) não gravado em até { $days } dias
}
clearance-note-best-rep = melhor repetição
clearance-note-best-reps = melhores repetições
clearance-note-no-episode = nenhum episódio de lesão
clearance-note-no-baseline-visit = o episódio não tem consulta de linha de base pré-lesão
clearance-note-baseline-missing = a consulta de linha de base não foi encontrada
clearance-note-not-at-baseline = { $test } não foi gravado na consulta de linha de base
# $before e $now: tipos de dispositivo, sem artigo ("medido com dinamômetro manual").
clearance-note-not-comparable = não comparável: o valor pré-lesão do lado { $side ->
        [left] esquerdo
       *[right] direito
    } foi medido com { $before }, este com { $now }
clearance-note-baseline = { $summary ->
        [mean] média
       *[best] melhor
    }, linha de base { $date }
clearance-note-no-pain = { $days ->
    [one] nenhuma dor registrada nos testes em até { $days } dia
   *[other] nenhuma dor registrada nos testes em até { $days } dias
}
clearance-note-pain-on = em { $tests }
clearance-note-no-visa-h = nenhum VISA-H registrado
clearance-note-visa-h-scores = { $needed ->
    [one] { $have } de { $needed } escore necessário para uma tendência
   *[other] { $have } de { $needed } escores necessários para uma tendência
}
clearance-note-visa-h-rising = em alta
clearance-note-visa-h-not-rising = não subiu a cada consulta
clearance-note-ratio-not-recorded = { $days ->
    [one] { $numerator } e { $denominator } não gravados na mesma consulta em até { $days } dia
   *[other] { $numerator } e { $denominator } não gravados na mesma consulta em até { $days } dias
}
clearance-note-no-provocation = { $days ->
    [one] nenhum teste provocativo registrado em até { $days } dia
   *[other] nenhum teste provocativo registrado em até { $days } dias
}
clearance-note-modified-bent-knee-missing = o alongamento com joelho flexionado modificado (o mais acurado) não foi registrado
clearance-note-not-answered = não respondido nesta consulta
clearance-note-answered = respondido em { $date }
clearance-note-answered-by = respondido por { $clinician } em { $date }
clearance-note-option = { $threshold }: { $verdict }
clearance-note-option-with-note = { $threshold }: { $verdict } ({ $note })
clearance-note-option-no-data = { $threshold }: { $note }
clearance-note-decided-by = por { $threshold }
clearance-note-no-data-for = sem dados para { $options }
clearance-note-tests-not-recorded = { $days ->
    [one] não gravados dos dois lados em até { $days } dia: { $tests }
   *[other] não gravados dos dois lados em até { $days } dias: { $tests }
}

## Tela de liberação
clearance-heading = Liberação para o retorno ao esporte: { $athlete }
clearance-no-visits = Nenhuma consulta ainda: teste o atleta primeiro.
clearance-no-visit-to-evaluate-here = Nenhuma consulta para avaliar.
clearance-injury = Lesão
clearance-injury-none = nenhuma (uma triagem)
clearance-injury-episode = { $episode } ({ $date })
clearance-visit = Consulta
clearance-template = Modelo
clearance-template-clinic = { $template } (clínica)
clearance-edit-template = Editar modelo
clearance-edit-template-tip = alterar limiares e critérios obrigatórios, adicionar critérios
clearance-copy-and-edit = Copiar e editar
clearance-copy-and-edit-tip = uma cópia da clínica; o padrão continua disponível
clearance-caution = A regra dos 10 % merece cautela: déficits de mais de 10 % foram comuns no retorno ao esporte ({ $citation }). Leia os números e as tendências, não só o veredito.
clearance-name-to-answer = Digite seu nome na assinatura abaixo para responder às verificações manuais: cada resposta registra quem a deu.
clearance-column-verdict = Veredito
clearance-column-criterion = Critério
clearance-column-value = Valor
clearance-column-threshold = Limiar
clearance-column-trend = Tendência
clearance-column-source = Fonte
clearance-optional = opcional
clearance-answer-yes = Sim
clearance-answer-no = Não
clearance-answer-none = Não respondido
clearance-answer-name = { $criterion }: { $answer ->
        [yes] sim
        [no] não
       *[none] não respondido
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
clearance-report-csv-tip = o mesmo conteúdo, para sistemas de prontuário
clearance-paper = Papel
clearance-paper-a4 = A4
# Tamanho de papel Carta (US Letter).
clearance-paper-letter = Carta
clearance-report-wrote = Salvo em { $path }
clearance-not-saved = Não salvo: { $error }

## Faixa de situação da liberação
clearance-banner-cleared = ✔ LIBERADO
clearance-banner-cleared-override = ✔! LIBERADO POR EXCEÇÃO
clearance-banner-signed = Assinado por { $clinician } em { $at }: { $status }.
clearance-banner-screening = Uma triagem: sem episódio de lesão, portanto nada a liberar.
clearance-banner-not-signed = Não assinado: o atleta só é liberado quando um profissional assina.
clearance-banner-changed-since = Desde a assinatura, os critérios indicam “{ $summary }” (uma resposta ou um resultado mudou).
clearance-banner-context = { $days ->
    [one] { $episode } · avaliado na consulta de { $date } · contam resultados de até { $days } dia · modelo: { $source }
   *[other] { $episode } · avaliado na consulta de { $date } · contam resultados de até { $days } dias · modelo: { $source }
}
clearance-banner-no-episode = sem episódio de lesão (uma triagem)

## Assinatura
clearance-signoff = Assinatura
clearance-signoff-newer-not-yet = ⚠ Esta é a consulta de { $date }; uma consulta mais recente, de { $newer }, indica { $status }: { $summary }. Assinar esta consulta mais antiga contraria a mais recente.
clearance-signoff-clinician = Profissional
clearance-signoff-login-tip = seu login no servidor da clínica assina isto
clearance-signoff-your-name = seu nome
clearance-signoff-note = Observação
clearance-signoff-note-optional = opcional
clearance-signoff-note-why = por que você assina uma avaliação cujos critérios não são todos atendidos
clearance-signoff-close-episode = Encerrar o episódio de lesão: liberado para o retorno ao esporte em { $date }
clearance-signoff-close-episode-tip = { $episode } é encerrado; a lista de atletas mostra o atleta como liberado
clearance-signoff-closes-by-override = O episódio de lesão é encerrado com esta assinatura: liberado por exceção em { $date }, contra a avaliação (“{ $status }”).
clearance-signoff-stays-open = O episódio de lesão continua aberto: só a assinatura de uma avaliação com todos os critérios atendidos o encerra (esta está “{ $status }”).
clearance-signoff-override = Liberar para o retorno ao esporte mesmo assim (exceção à avaliação)
clearance-signoff-override-tip = encerra o episódio como liberado contra os critérios; a observação é o motivo, obrigatório, e o atleta aparece como “liberado (exceção)” na lista, nos relatórios e no histórico de assinaturas
clearance-signoff-sign-override = Assinar: liberar contra esta avaliação ({ $status })
clearance-signoff-sign-cleared = Assinar: liberado para o retorno ao esporte
clearance-signoff-sign-screening = Assinar esta triagem
clearance-signoff-sign-evaluation = Assinar esta avaliação ({ $status })
clearance-signoff-signing = Assinando…
clearance-signoff-already = Assinado por { $clinician } em { $at }. Uma nova assinatura é possível quando uma resposta ou um resultado mudar.
clearance-signoff-enter-name = Digite seu nome para assinar.
clearance-signoff-override-reason-needed = O motivo da exceção é obrigatório (na observação).
clearance-signoff-newer-reason-needed = O motivo para encerrar contra a consulta mais recente é obrigatório (na observação).
clearance-signoff-note-needed = É preciso uma observação para assinar uma avaliação cujos critérios não são todos atendidos.
clearance-signoff-signed-by = Assinado por { $clinician }.
clearance-signoff-earlier = Assinaturas anteriores
clearance-signoff-status = { $status ->
        [cleared] liberado
        [screened] triagem feita
        [not_yet] ainda não
        [incomplete] incompleto
        [all_pass] todos atendidos
        [cleared_override] liberado por exceção
       *[other] { $raw }
    }
clearance-signoff-title = { $at } · { $clinician } · { $status } · { $template }
clearance-signoff-title-visit = { $at } · { $clinician } · { $status } · { $template }, consulta de { $visit }
clearance-signoff-override-of = Exceção a uma avaliação que estava “{ $status }”. { $note }
clearance-signoff-unknown = desconhecido
clearance-signoff-unreadable = A avaliação assinada não pode ser lida.

## Editor de modelos
clearance-editor-title = Modelo: { $template }
clearance-editor-copy-of = Uma cópia da clínica de “{ $template }”; o padrão continua disponível.
clearance-editor-name = Nome
clearance-editor-max-age = Validade dos resultados (dias)
clearance-editor-used-for = Usado para
clearance-editor-required = obrigatório
clearance-editor-remove = Remover
clearance-editor-remove-tip = remover “{ $criterion }”
clearance-editor-label = Rótulo
clearance-editor-source = Fonte
clearance-editor-new-criterion = Novo critério
clearance-editor-add-criterion = Adicionar critério
# "Novo critério: <tipo>" evita a concordância de gênero com o tipo.
clearance-editor-new-criterion-label = Novo critério: { $kind }
clearance-editor-new-criterion-source = escolha da clínica
clearance-editor-save = Salvar modelo
clearance-editor-cancel = Cancelar
clearance-editor-delete = Excluir modelo
clearance-editor-delete-tip = só a cópia da clínica
clearance-editor-test = Teste
clearance-editor-divided-by = dividido por
clearance-editor-per-side = Por lado
clearance-editor-best = melhor
clearance-editor-mean = média
clearance-editor-sides = Lados
clearance-editor-each = cada
clearance-editor-involved = acometido
clearance-editor-lsi-at-least = LSI mínimo (%)
clearance-editor-asymmetry-at-most = Assimetria máxima (%)
clearance-editor-quantity = Grandeza
clearance-editor-at-least = Mínimo
clearance-editor-at-least-baseline = Mínimo (% do valor pré-lesão)
clearance-editor-pain-at-most = Dor máxima (0-10), em todos os testes da consulta
clearance-editor-visa-h-at-least = VISA-H mínimo
clearance-editor-score = Escore
clearance-editor-or-improving = ou em melhora
clearance-editor-over-visits = ao longo de (consultas)
clearance-editor-between = entre
clearance-editor-and = e
clearance-editor-reps-at-least = Mínimo (repetições)
clearance-editor-provocation = Os testes provocativos registrados na consulta são todos negativos.
clearance-editor-manual = Marcado pelo profissional a cada consulta.
clearance-editor-any-of = Atendido quando qualquer um destes é atendido:
clearance-editor-first-with-data = O primeiro destes com dados decide:
clearance-editor-tests-done = Cada um destes testes gravado dos dois lados:

## Modelos embutidos (nomes, critérios e fontes)
# As citações ($citation1, $citation2: autor et al. ano) são fontes publicadas: mantidas.
clearance-hamstring-strain-name = Lesão muscular dos isquiotibiais
clearance-hamstring-strain-source = { $citation1 } (consenso Delphi sobre o retorno ao esporte após lesão dos isquiotibiais), com limiares objetivos
clearance-hamstring-strain-knee-flexion-90-lsi-label = Flexão isométrica do joelho 90/90: LSI de pelo menos 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-label = Flexão isométrica do joelho, decúbito ventral 0-30°: LSI de pelo menos 90 %
clearance-hamstring-strain-knee-flexion-30-lsi-source = { $citation1 }; teste em amplitude final segundo { $citation2 }
clearance-hamstring-strain-nordic-lsi-label = Nórdico: LSI de pelo menos 90 %
clearance-hamstring-strain-nordic-strength-label = Nórdico: cada perna com pelo menos 337 N, ou pelo menos 100 % da linha de base pré-lesão
clearance-hamstring-strain-nordic-strength-source = { $citation1 } (futebol: < 337 N aumenta o risco de lesão muscular dos isquiotibiais)
clearance-hamstring-strain-no-pain-label = Sem dor (0/10) em nenhum teste de força
clearance-hamstring-strain-bridge-lsi-label = Ponte unipodal de isquiotibiais: LSI de pelo menos 90 %
clearance-hamstring-strain-bridge-lsi-source = { $citation1 }; teste segundo { $citation2 }
clearance-hamstring-strain-bridge-reps-label = Ponte unipodal de isquiotibiais: pelo menos 25 repetições de cada lado
clearance-hamstring-strain-bridge-reps-source = { $citation1 } (menos de cerca de 20 fraco, cerca de 25 médio, mais de 30 bom)
clearance-hamstring-strain-palpation-pain-free-label = Sem dor à palpação
clearance-hamstring-strain-flexibility-symmetric-label = Flexibilidade dos isquiotibiais semelhante à do outro lado
clearance-hamstring-strain-field-tests-done-label = Testes de campo específicos do esporte concluídos
clearance-hamstring-strain-athlete-ready-label = O atleta se sente pronto
clearance-hamstring-london-2023-name = Lesão dos isquiotibiais, consenso de Londres 2023
clearance-hamstring-london-2023-london-knee-flexion-90-strength-label = Flexão isométrica do joelho 90/90: dentro de 10 % do valor pré-lesão (se houver; senão, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-knee-flexion-30-strength-label = Flexão isométrica do joelho, decúbito ventral 0-30°: dentro de 10 % do valor pré-lesão (se houver; senão, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-nordic-strength-label = Nórdico: dentro de 10 % do valor pré-lesão (se houver; senão, LSI de pelo menos 90 %)
clearance-hamstring-london-2023-london-mid-and-outer-range-label = Pico de força isométrica testado em amplitude média e externa (flexão do joelho a 90° e a 0-30°)
clearance-hamstring-london-2023-no-apprehension-label = Sem apreensão
clearance-hamstring-london-2023-athlete-ready-label = Prontidão autoavaliada pelo atleta
clearance-hamstring-london-2023-sprint-loads-done-label = Cargas de sprint próximas às de jogo concluídas
clearance-hamstring-london-2023-running-pain-mild-label = Dor na corrida no máximo leve, e não pior 24 horas depois
clearance-proximal-hamstring-tendinopathy-name = Tendinopatia proximal dos isquiotibiais
clearance-proximal-hamstring-tendinopathy-source = segundo { $citation1 } (progressão de carga) e { $citation2 } (monitoramento da dor)
clearance-proximal-hamstring-tendinopathy-loading-pain-label = Dor nos testes de carga de no máximo 3/10
clearance-proximal-hamstring-tendinopathy-loading-pain-source = { $citation1 } (0-3 seguro, 4-5 aceitável, acima de 5 não aceitável)
clearance-proximal-hamstring-tendinopathy-next-morning-pain-label = Dor na manhã seguinte não pior que antes
clearance-proximal-hamstring-tendinopathy-visa-h-improving-label = VISA-H em melhora nas últimas 3 consultas
clearance-proximal-hamstring-tendinopathy-visa-h-improving-source = { $citation1 } (VISA-H); um escore-alvo fica a critério da clínica
clearance-proximal-hamstring-tendinopathy-knee-flexion-30-lsi-label = Flexão isométrica do joelho, decúbito ventral 0-30°: LSI de pelo menos 90 %
clearance-proximal-hamstring-tendinopathy-hip-extension-lsi-label = Extensão isométrica do quadril: LSI de pelo menos 90 %
clearance-proximal-hamstring-tendinopathy-provocation-negative-label = Testes provocativos negativos
clearance-proximal-hamstring-tendinopathy-provocation-negative-source = { $citation1 } (alongamento com joelho flexionado modificado: sensibilidade 89 %, especificidade 91 %)
clearance-glute-hip-name = Força de glúteos / quadril
clearance-glute-hip-source = simetria como nos critérios de isquiotibiais; normas de adução:abdução do quadril segundo { $citation1 }
clearance-glute-hip-hip-abduction-lsi-label = Abdução isométrica do quadril: LSI de pelo menos 90 %
clearance-glute-hip-hip-abduction-lsi-source = a regra de simetria de 90 % dos critérios de isquiotibiais ({ $citation1 })
clearance-glute-hip-hip-extension-lsi-label = Extensão isométrica do quadril: LSI de pelo menos 90 %
clearance-glute-hip-hip-extension-lsi-source = a regra de simetria de 90 % dos critérios de isquiotibiais ({ $citation1 })
clearance-glute-hip-adduction-abduction-ratio-label = Razão adução:abdução entre 1.0 e 1.4 em cada lado
clearance-glute-hip-adduction-abduction-ratio-source = { $citation1 } (futebol profissional: 1.2 ± 0.2)

## O relatório impresso (PDF), o texto do CSV do relatório, os métodos por trás dos números e a
## tela Exportar. O relatório é feito em um idioma escolhido para ele, que pode diferir do app.

## Métodos: uma frase por fato, nas palavras de uma seção de métodos clínica

methods-sentence = { $label }: { $text }.
methods-list-and = { $rest } e { $last }
methods-label-analysis = Análise
methods-label-reps = Repetições
methods-label-onset = Início
# "RFD" = taxa de desenvolvimento de força; a abreviatura é mantida.
methods-label-rfd = RFD
methods-label-result = Resultado
methods-label-asymmetry = Assimetria
methods-label-lsi = LSI
methods-label-hq = H:Q
methods-label-mdc = MDC95
methods-label-devices = Dispositivos
methods-label-left-out = Excluídos
methods-analysis = curvas força-tempo analisadas pelo ForceTrack (revisão da análise { $revision }); cada repetição é medida a partir da sua própria linha de base, os { $window } ms mais estáveis antes da subida
# DP = desvio padrão (SD).
methods-reps-auto = uma repetição começa quando a força ultrapassa max({ $floor }, { $multiple } × o DP da linha de base da tentativa)
methods-reps-fixed = uma repetição começa acima de um valor fixo de { $threshold }
methods-reps-with-fixed = { $rule } (limiar fixo: { $fixed })
methods-threshold-for-test = { $threshold } para { $test }
methods-onset = força mais de max({ $floor }, { $multiple } × o DP da linha de base) acima da linha de base da repetição
methods-rfd = taxa de desenvolvimento de força em { $windows } ms a partir do início, RFD de pico em uma janela deslizante de { $peak } ms; { $low_rate }
methods-result =
    { $summary ->
        [mean] o pico de força médio das repetições aceitas por lado alimenta a assimetria e a mudança; CV = DP / média × 100, repetições inconsistentes acima de { $cv } %
       *[best] o melhor (maior) pico de força das repetições aceitas por lado alimenta a assimetria e a mudança; CV = DP / média × 100, repetições inconsistentes acima de { $cv } %
    }
methods-asymmetry = { $formula }, { $definition } ({ $formula_source }); verde abaixo de { $amber } %, âmbar a partir de { $amber } %, vermelho a partir de { $red } % de desequilíbrio ({ $source }, publicado apenas para o nórdico; uma convenção para os demais testes)
methods-lsi = lado acometido / não acometido × 100 (mais fraco / mais forte quando não há lado lesionado)
methods-hq = torque de flexão / extensão do joelho a 90° por lado (força × braço de alavanca); { $threshold } ({ $source }; o valor isocinético { $other_value } de { $other_source } não se aplica a razões isométricas)
methods-hq-no-threshold = nenhum limiar definido
methods-hq-threshold = limiar da clínica de pelo menos { $value }
methods-mdc-percent = { $value } % do resultado anterior
methods-mdc-for-tests = { $value } para { $tests } ({ $source })
methods-mdc-none-for-tests = nenhuma para { $tests }, cujas mudanças são mostradas como medidas
methods-mdc = a mudança mínima detectável; uma mudança menor está dentro do erro de medida: { $list }
methods-unknown-rate = uma frequência desconhecida
methods-sample-rate = { $rate } Hz
methods-device-about = { $device } ({ $about })
methods-device-recorded-and-entered = { $device }, gravado e inserido manualmente
methods-device-entered-by-hand = { $device }, inserido manualmente (pico de cada repetição)
methods-reps-counted = repetições contadas pelo profissional
methods-source-for-tests = { $source } para { $tests }
methods-left-out-trials =
    { $count ->
        [one] { $count } tentativa fora de todos estes resultados: { $list }
       *[other] { $count } tentativas fora de todos estes resultados: { $list }
    }
methods-left-out-rows =
    { $count ->
        [one] { $count } linha fora de todos estes resultados: { $list }
       *[other] { $count } linhas fora de todos estes resultados: { $list }
    }

## Relatório: o título e o atleta

report-title = Relatório de força e retorno ao esporte
report-subtitle = { $name } · consulta de { $date }
report-fact-athlete = Atleta
report-fact-date-of-birth = Data de nascimento
report-fact-profile = Perfil
report-fact-external-id = Id externo
report-fact-injury = Lesão
report-fact-injured-on = Data da lesão
report-fact-baseline = Linha de base pré-lesão
report-fact-cleared-on = Liberado em
report-fact-visit = Consulta
report-fact-visa-h = VISA-H
report-fact-provocation = Testes provocativos
report-fact-notes = Anotações
report-dominant-leg =
    { $side ->
        [left] perna dominante esquerda
       *[right] perna dominante direita
    }
report-injured-on-value =
    { $days ->
        [one] { $date } ({ $days } dia antes desta consulta)
       *[other] { $date } ({ $days } dias antes desta consulta)
    }
report-baseline-none = nenhuma registrada
report-baseline-visit = consulta de { $date }
report-no-episode = nenhum episódio de lesão (triagem)
report-visit-clinician = profissional { $name }
report-visit-body-mass = massa corporal { $mass } kg
report-visa-h-value = { $score } / 100 ({ $source })
report-provocation-puranen-orava = Puranen-Orava
report-provocation-bent-knee-stretch = alongamento com joelho flexionado
report-provocation-modified-bent-knee-stretch = alongamento com joelho flexionado modificado
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
report-no-tests = Nenhum teste foi gravado nesta consulta.
report-test-side = { $test } { $side }
report-flag-item = { $test } { $side }: { $flags }
report-read-with-care = Interpretar com cautela: { $items }.
report-entered-by-hand = Inseridos manualmente (pico de cada repetição digitado a partir do visor do dispositivo; sem métricas da curva): { $items }.
report-note-summary =
    { $summary ->
        [mean] Melhor é a melhor repetição, contagens são repetições; assimetria, LSI e mudança usam a média por lado (ver os métodos).
       *[best] Melhor é a melhor repetição, contagens são repetições; assimetria, LSI e mudança usam o melhor valor por lado (ver os métodos).
    }
report-note-other-device = Outro dispositivo: o valor anterior foi obtido com outro tipo de dispositivo ou modo (seu valor, data e dispositivo são mostrados); a mudança só é comparada dentro de um mesmo tipo de dispositivo.
report-hq-below = { $ratio } (abaixo)
# E = esquerdo, D = direito.
report-hq-earlier-item = { $date }: E { $left } D { $right }
report-hq-line = H:Q (torque de flexão / extensão do joelho a 90°) em { $date }: esquerdo { $left }, direito { $right }; { $threshold }.
report-hq-earlier = Anteriores: { $items }.
report-hq-caveat = H:Q (lado { $side }) { $caveat }.

## Relatório: evolução ao longo das consultas

report-progress-heading = Evolução ao longo das consultas
report-progress-legend = Esquerdo: círculos azuis; direito: quadrados laranja; tracejado: linha de base pré-lesão; pontilhado vermelho: limiares de risco publicados; vermelho contínuo: a lesão (as linhas são interrompidas ali); vazado: outro tipo de instrumento que não o dos valores mais recentes (não comparável: as linhas também são interrompidas ali); um ponto por dia (a última consulta do dia).
report-chart-title = { $test } ({ $unit })
report-unit-reps = repetições
report-chart-threshold = { $values } { $unit } { $source }
report-chart-thresholds = Limiares: { $thresholds }
report-methods-heading = Métodos

## Relatório: liberação para o retorno ao esporte e assinatura

report-clearance-heading = Liberação para o retorno ao esporte: { $template }
report-status-cleared-signed = LIBERADO (assinado)
report-status-cleared-override-signed = LIBERADO POR EXCEÇÃO (assinado)
report-status-screening-all-pass = TRIAGEM: TODOS OS CRITÉRIOS ATENDIDOS
report-status-all-pass-not-signed = TODOS OS CRITÉRIOS ATENDIDOS (não assinado)
report-status-not-yet = AINDA NÃO LIBERADO
report-status-incomplete = INCOMPLETO
report-evaluated-at = { $reason } (avaliado na consulta de { $date })
report-clearance-template =
    { $days ->
        [one] Modelo: { $source }. Contam resultados de até { $days } dia antes da consulta. O atleta só é liberado quando um profissional assina uma avaliação com todos os critérios obrigatórios atendidos; a decisão é do profissional.
       *[other] Modelo: { $source }. Contam resultados de até { $days } dias antes da consulta. O atleta só é liberado quando um profissional assina uma avaliação com todos os critérios obrigatórios atendidos; a decisão é do profissional.
    }
report-col-verdict = Veredito
report-col-criterion = Critério
report-col-value = Valor
report-col-threshold = Limiar
report-col-source = Fonte
report-col-trend = Tendência
report-criterion-optional = { $criterion } (opcional)
report-value-with-note = { $value } ({ $note })
# Os símbolos +, x e · são mantidos: a coluna de tendência é escrita com eles.
report-trend-key = Tendência: o critério nas últimas consultas do episódio, da mais antiga à mais recente (+ atende, x não atende, · sem dados).
report-ten-percent-caution = A regra dos 10 % merece cautela: déficits de mais de 10 % foram comuns no retorno ao esporte ({ $source }). Leia os números e as tendências, não só o veredito.
report-signoff-heading = Assinatura
report-signed-by = Assinado por { $clinician } em { $date } com a situação “{ $status }”.
report-answer-yes = sim
report-answer-no = não
report-answer-withdrawn = resposta retirada
report-answer-changed = { $check }: { $answer }, por { $clinician } em { $date }
report-answers-changed = Respostas alteradas após esta assinatura (o checklist acima mostra o que foi assinado): { $items }.
report-not-signed = Ainda não assinado no ForceTrack.
report-sign-clinician = Profissional
report-sign-date = Data
report-sign-signature = Assinatura

## Relatório: o rodapé de cada página e as propriedades do PDF

report-pdf-title = Relatório ForceTrack: { $name }, { $date }
report-footer = { $name } · consulta de { $date } · gerado pelo ForceTrack em { $made }
report-page-of = página { $page } de { $pages }

## Relatório: a coluna de texto do CSV (os nomes e ids das colunas ficam em inglês)

report-csv-entered-by-hand = inserido manualmente
report-csv-change-with-mdc = { $change }, MDC95 { $mdc }
report-csv-criterion = { $verdict }: { $criterion }; limiar { $threshold }
report-csv-criterion-optional = { $verdict } (opcional): { $criterion }; limiar { $threshold }
report-csv-and = { $text }; { $more }
report-csv-answer-withdrawn = retirada
report-csv-answer-changed = { $answer }, por { $clinician } em { $date }

## A tela Exportar

export-heading = Exportar
export-kind-visit-summary = Resumo da consulta (uma linha por teste e lado)
export-kind-history = Histórico do atleta (uma linha por consulta e teste)
export-kind-traces = Sinais brutos (um CSV por tentativa)
export-kind-all = Tudo (todas as tabelas e sinais, para pesquisa ou outro computador)
export-athlete = Atleta: { $name }
export-open-athlete-first = Abra um atleta primeiro (ou exporte tudo).
export-all-visits = todas as consultas
export-visit = Consulta
export-separator = Separador
export-separator-comma = vírgula
export-separator-semicolon = ponto e vírgula
export-separator-tab = tabulação
export-decimal-comma = vírgula decimal (1,5)
export-decimal-comma-needs-separator = a vírgula decimal precisa de outro separador: escolha ponto e vírgula ou tabulação
export-bom = Excel (UTF-8 com BOM)
export-bom-tip = Inicia o arquivo com uma marca de ordem de bytes (BOM), para que o Excel leia nomes em qualquer escrita. Para o resumo da consulta e o histórico do atleta.
export-no-visits = Este atleta ainda não tem consultas.
export-button = Exportar…
export-visits-not-read = Não foi possível ler as consultas: { $error }
export-cannot-create = não foi possível criar { $path }: { $error }
export-choose-visit = escolha uma consulta
export-open-athlete = abra um atleta primeiro
export-wrote-rows =
    { $rows ->
        [one] { $rows } linha gravada em { $path }
       *[other] { $rows } linhas gravadas em { $path }
    }
export-wrote-traces =
    { $files ->
        [one] { $files } arquivo de sinal gravado em { $path }
       *[other] { $files } arquivos de sinal gravados em { $path }
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
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
export-outcome-left-out = { $written }. { $left_out }
export-left-out-trials =
    { $count ->
        [one] { $count } tentativa excluída, danificada: { $list }
       *[other] { $count } tentativas excluídas, danificadas: { $list }
    }
export-left-out-rows =
    { $count ->
        [one] { $count } linha excluída, danificada: { $list }
       *[other] { $count } linhas excluídas, danificadas: { $list }
    }

## As opções do relatório (ao lado dos botões do relatório)

export-report-language = Idioma do relatório
export-report-language-tip = O relatório é escrito neste idioma, qualquer que seja o idioma do app.

## Relatório: texto que nenhuma fonte deste computador consegue imprimir
# $place: uma das mensagens report-place-*, sem artigo inicial ("nome do atleta …").
report-unprintable = o relatório não pode ser impresso: nenhuma fonte deste computador tem o caractere “{ $char }” ({ $code }), usado em: { $place } (instale uma fonte que o tenha: no Debian e no Ubuntu, fonts-noto-core e fonts-noto-cjk; ou altere o texto)
report-place-athlete = nome do atleta “{ $name }”
report-place-clinician = nome do profissional “{ $name }”
report-place-signer = nome do profissional que assinou “{ $name }”
report-place-page = “{ $text }” na página { $page }

## Dados embutidos: testes, baterias, perfis de dispositivo e as palavras do modelo
# O texto dos dados embutidos é buscado por um id derivado do id do próprio dado
# (test-<id do teste>-name, battery-<id da bateria>-name, profile-<id do perfil>-notes, ...).
# Fontes publicadas (autor, ano) dentro destes textos ficam como estão.

## Testes embutidos
# Para cada teste: -name é o nome; -position, como atleta e dispositivo são posicionados; -cue é
# o comando dito ao atleta, palavra por palavra; -lever-arm diz onde o braço de alavanca é medido
# (usado em "medido desde <isto>", por isso começa com artigo); -notes, como o teste é feito;
# -threshold-N, um ponto de corte publicado; -norm-N, um valor normativo publicado.

## Teste: exercício nórdico para isquiotibiais

test-nordic-name = Exercício nórdico para isquiotibiais
test-nordic-position = Ajoelhado na prancha acolchoada, tornozelos presos nos suportes acima das células de carga, quadris estendidos, braços cruzados ou prontos para amortecer a queda.
test-nordic-cue = Desça para a frente o mais devagar que conseguir, mantenha o quadril estendido e resista até o fim.
test-nordic-lever-arm = a interlinha articular do joelho até o centro da tira do tornozelo
test-nordic-notes = Excêntrico, ambas as pernas ao mesmo tempo; melhor de 3 por perna.
test-nordic-threshold-1 = Risco, início da pré-temporada
test-nordic-threshold-2 = Risco, fim da pré-temporada
test-nordic-threshold-3 = Risco (futebol)
test-nordic-norm-1 = Esperado por perna ≈ 4 × massa corporal + 26

## Teste: flexão isométrica do joelho 90/90

test-knee-flexion-iso-90-name = Flexão isométrica do joelho 90/90
test-knee-flexion-iso-90-position = Decúbito dorsal, quadril e joelho a 90°, calcanhar no apoio do dinamômetro (ou da estrutura fixa) no terço distal da perna.
test-knee-flexion-iso-90-cue = Puxe o calcanhar para baixo contra o apoio com toda a força, aumentando ao longo de um segundo, e segure.
test-knee-flexion-iso-90-lever-arm = a interlinha articular do joelho até o centro do apoio
test-knee-flexion-iso-90-notes = Make test, 3 × 3-5 s de sustentação, 30 s de descanso, melhor valor.

## Teste: flexão isométrica do joelho, decúbito ventral 0-30°

test-knee-flexion-iso-30-name = Flexão isométrica do joelho, decúbito ventral 0-30°
test-knee-flexion-iso-30-position = Decúbito ventral, joelho fletido a 0-30° (15° como em Reurink 2016), apoio no calcanhar.
test-knee-flexion-iso-30-cue = Dobre o joelho contra o apoio com toda a força e segure.
test-knee-flexion-iso-30-lever-arm = a interlinha articular do joelho até o centro do apoio
test-knee-flexion-iso-30-notes = Teste em amplitude final usado após lesão muscular dos isquiotibiais (Reurink et al. 2016 testaram a 15°).

## Teste: cadeia posterior isométrica 90/20

test-ipc-90-20-name = Cadeia posterior isométrica 90/20
test-ipc-90-20-position = Decúbito dorsal, calcanhar sobre a plataforma de força em cima de um caixote, quadril a 90°, joelho a 20°; a outra perna relaxada.
test-ipc-90-20-cue = Empurre o calcanhar para baixo contra a plataforma o mais forte e rápido que puder e segure por 3 segundos.
test-ipc-90-20-lever-arm = o centro da articulação do quadril até o contato do calcanhar
test-ipc-90-20-notes = Unipodal, 3 × 3 s, melhor valor.

## Teste: extensão isométrica do quadril

test-hip-extension-iso-name = Extensão isométrica do quadril
test-hip-extension-iso-position = Decúbito ventral, joelho fletido a 90°, dinamômetro na face posterior da coxa, logo acima do joelho.
test-hip-extension-iso-cue = Levante a coxa contra a minha mão com toda a força e segure.
test-hip-extension-iso-lever-arm = o trocânter maior até o centro do dinamômetro
test-hip-extension-iso-notes = Glúteo máximo; melhor de 3.

## Teste: abdução isométrica do quadril

test-hip-abduction-iso-name = Abdução isométrica do quadril
test-hip-abduction-iso-position = Decúbito dorsal (ou lateral), perna estendida, dinamômetro 5 cm acima do maléolo lateral.
test-hip-abduction-iso-cue = Empurre a perna para o lado contra a minha mão com toda a força e segure.
test-hip-abduction-iso-lever-arm = a espinha ilíaca anterossuperior até o centro do dinamômetro
test-hip-abduction-iso-notes = Glúteo médio; melhor de 3.
test-hip-abduction-iso-norm-1 = Futebol profissional (excêntrico)

## Teste: adução isométrica do quadril

test-hip-adduction-iso-name = Adução isométrica do quadril
test-hip-adduction-iso-position = Decúbito dorsal, perna estendida, dinamômetro 5 cm acima do maléolo medial.
test-hip-adduction-iso-cue = Aperte a perna para dentro, em direção à outra, com toda a força e segure.
test-hip-adduction-iso-lever-arm = a espinha ilíaca anterossuperior até o centro do dinamômetro
test-hip-adduction-iso-notes = Melhor de 3.
test-hip-adduction-iso-norm-1 = Razão adução : abdução

## Teste: extensão isométrica do joelho 90/90

test-knee-extension-iso-90-name = Extensão isométrica do joelho 90/90
test-knee-extension-iso-90-position = Sentado, quadril e joelho a 90°, dinamômetro fixado com uma cinta (ou a estrutura fixa) no terço distal da perna, logo acima do tornozelo.
test-knee-extension-iso-90-cue = Chute a canela para a frente contra o apoio com toda a força, aumentando ao longo de um segundo, e segure.
test-knee-extension-iso-90-lever-arm = a interlinha articular do joelho até o centro do apoio no terço distal da perna
test-knee-extension-iso-90-notes = Make test, 3 × 3-5 s de sustentação, 30 s de descanso, melhor valor. Para a razão isquiotibiais:quadríceps (H:Q) com a flexão isométrica do joelho 90/90 (Maniar et al. 2016: os déficits de H:Q persistem após o retorno ao esporte).

## Teste: break test de flexão do joelho

test-knee-flexion-break-name = Break test de flexão do joelho
test-knee-flexion-break-position = Decúbito ventral, joelho a 90°, dinamômetro no calcanhar.
test-knee-flexion-break-cue = Segure o joelho dobrado contra mim; não me deixe esticá-lo.
test-knee-flexion-break-lever-arm = a interlinha articular do joelho até o centro do dinamômetro
# "make test": empurrar contra um dispositivo parado; "break test": empurrar até o examinador vencer o atleta.
test-knee-flexion-break-notes = Break tests dão valores 16-51 % maiores que make tests: nunca compare os dois.

## Teste: ponte unipodal de isquiotibiais

test-single-leg-bridge-name = Ponte unipodal de isquiotibiais
test-single-leg-bridge-position = Decúbito dorsal, calcanhar da perna testada sobre um caixote de 60 cm, joelho levemente fletido, a outra perna na vertical, braços cruzados.
test-single-leg-bridge-cue = Empurre o calcanhar para baixo e suba o quadril por completo, em cada repetição, até não conseguir mais continuar.
test-single-leg-bridge-lever-arm = não se aplica
test-single-leg-bridge-notes = Repetições até a falha, uma série por lado: menos de cerca de 20 fraco, cerca de 25 médio, mais de 30 bom.
test-single-leg-bridge-threshold-1 = Fraco
test-single-leg-bridge-threshold-2 = Bom
test-single-leg-bridge-norm-1 = Médio

## Baterias embutidas (conjuntos ordenados de testes feitos em uma sessão)

battery-hamstring-strain-name = Lesão muscular dos isquiotibiais
battery-proximal-hamstring-tendinopathy-name = Tendinopatia proximal dos isquiotibiais
battery-glute-hip-name = Glúteos / quadril

## Regiões do corpo a que um teste pertence

region-hamstring = Isquiotibiais
region-glute-hip = Glúteos / quadril
region-quadriceps = Quadríceps

## Com que instrumento um teste é feito

device-kind-hhd = dinamômetro manual
device-kind-hhd-or-fixed-frame = dinamômetro manual ou estrutura fixa
device-kind-dual-load-cell = célula de carga dupla (aparelho nórdico)
device-kind-force-plate = plataforma de força
device-kind-none = nenhum (contagem digitada)

## O tipo de instrumento com que uma tentativa foi medida (resultados de tipos diferentes não são comparados)

device-kind-instrument-handheld = dinamômetro manual
device-kind-instrument-fixed-frame = estrutura fixa
device-kind-instrument-load-cell-rig = aparelho com células de carga
device-kind-instrument-force-plate = plataforma de força

## Tipos de ação muscular

contraction-isometric = isométrica
contraction-eccentric = excêntrica
contraction-eccentric-break = excêntrica (break test)
contraction-endurance = resistência

## Números lidos na curva de força de uma repetição, além do pico de força

test-metric-time-to-peak = Tempo até o pico
test-metric-rfd-100ms = RFD 0-100 ms
test-metric-best-1s-mean = Melhor média de 1 s

## Lados (pernas)

side-left = esquerdo
side-right = direito
side-both = ambos
# Letras dos lados ao lado dos valores de assimetria ("12 % E"): E = esquerdo, D = direito.
side-left-letter = E
side-right-letter = D
side-both-letter = E+D

## O sexo do atleta, como registrado no perfil

model-sex-female = feminino
model-sex-male = masculino
model-sex-other = outro

## Lesões

model-injury-hamstring-strain = Lesão muscular dos isquiotibiais
model-injury-proximal-hamstring-tendinopathy = Tendinopatia proximal dos isquiotibiais
model-injury-distal-hamstring-tendinopathy = Tendinopatia distal dos isquiotibiais
model-injury-gluteal-tendinopathy = Tendinopatia glútea
model-injury-other = Outra
# Nomenclatura anatômica brasileira (Terminologia Anatômica).
model-location-bf-long-head = cabeça longa do bíceps femoral
model-location-bf-short-head = cabeça curta do bíceps femoral
model-location-semitendinosus = semitendíneo
model-location-semimembranosus = semimembranáceo
model-location-tendon = tendão
model-injury-grade = grau { $grade }

## A assinatura de uma avaliação de retorno ao esporte pelo profissional

model-signoff-status-all-pass = todos atendidos
model-signoff-status-not-yet = ainda não
model-signoff-status-incomplete = incompleto
model-signoff-status-override = liberado por exceção, contra a avaliação
model-signoff-override-reason = Motivo da exceção: { $note }
model-signoff-note = Observação: { $note }

## Perfis de dispositivo embutidos
# Nomes e modelos de produtos, comandos (?C, LIST, ?, D, v, UNITS), configurações do perfil
# (serial.baud, parse.fields.scale, ...) e nomes de menus e formatos (Numeric Only) ficam como estão.

profile-mark10-name = Medidor de força Mark-10 Series 5/7
profile-mark10-notes = Consultado com ?C a 50 Hz; a unidade é lida do medidor (LIST) na conexão. Configure o medidor para 115200 baud (ou altere serial.baud) e saia do menu dele (ele só responde a partir da tela principal). A tração é lida como negativa.
profile-mark10-hint-1 = parece um medidor Mark-10 Series 4, que só conhece '?' e responde *10 aos outros comandos
profile-mark10-hint-2 = parece um medidor Mark-10 Series 4, que só conhece '?' e responde *10 aos outros comandos
profile-mark10-series4-name = Medidor de força Mark-10 Series 4
profile-mark10-series4-notes = Consultado com ? a 20 Hz. O medidor deve enviar sua unidade (formato de dados com unidades, não Numeric Only). Ele não tem comando de zero: o ForceTrack faz a tara por software. A tração é lida como negativa.
profile-chronojump-force-sensor-name = Sensor de força Chronojump (Arduino + HX711)
profile-chronojump-force-sensor-notes = A placa reinicia quando a porta é aberta: o ForceTrack espera 3 s antes do handshake. Cada comando é respondido cerca de 1 s depois de enviado.
profile-chronojump-force-platform-name = Plataforma de força Chronojump, 4 células de carga (binário)
profile-chronojump-force-platform-notes = As contagens vezes parse.fields.scale dão newtons: o firmware não envia sua calibração, então calibre a escala de cada célula para a sua plataforma. Cada comando é respondido cerca de 1 s depois de enviado.
profile-openscale-name = SparkFun OpenScale (firmware 1.2)
profile-openscale-notes = Transmite desde que é ligada; a placa reinicia quando a porta é aberta (cerca de 1.5 s de silêncio). Faça a tara pelo menu da placa, ou deixe o ForceTrack tarar por software. Formato de linha do firmware 1.2.
profile-loadstar-di1000u-name = Interface de célula de carga Loadstar DI-1000U
profile-loadstar-di1000u-notes = Modelos de alta velocidade podem precisar de 230400 baud. A unidade vem da resposta UNITS; uma unidade desconhecida interrompe a conexão, informando o nome dela.
profile-imada-dst-name = Medidor de força Imada DST/DSV
profile-imada-dst-notes = Consultado com D a 20 Hz. Modelos USB: defina serial.baud = 256000 e serial.flow_control = "hardware".
profile-nextech-dfs-name = Medidor de força Nextech DFS/DFT
profile-nextech-dfs-notes = Consultado com v a 20 Hz. Não confirmado: o formato da resposta não é publicado; confira as leituras com um peso conhecido.
profile-generic-1ch-name = Fluxo CSV genérico de 1 canal (time_us,force)
profile-generic-1ch-notes = Linhas `time_us,force` em newtons; linhas que começam com # são ignoradas.
profile-generic-2ch-name = Fluxo CSV genérico de 2 canais (time_us,left,right)
profile-generic-2ch-notes = Linhas `time_us,left,right` em newtons; linhas que começam com # são ignoradas.
profile-dual-force-plate-name = Plataforma de força dupla, 4 células de carga por plataforma
profile-dual-force-plate-notes = Até 2000 amostras/s; 2000000 baud (placas USB CDC ignoram a taxa de baud).
profile-demo-dynamometer-name = Dinamômetro de demonstração
profile-demo-dynamometer-notes = Um atleta simulado; não precisa de hardware.
profile-demo-nordic-rig-name = Aparelho nórdico de demonstração
profile-demo-nordic-rig-notes = Um atleta simulado; não precisa de hardware.
profile-demo-force-plate-name = Plataforma de força de demonstração
profile-demo-force-plate-notes = Um atleta simulado; não precisa de hardware.

# A resposta de erro de um dispositivo explicada pelo perfil, com o perfil a escolher em seu lugar.
profile-hint-choose = { $hint }: escolha o perfil '{ $profile }' em vez de '{ $current }'

## Problemas com valores digitados, mostrados ao lado do campo de um formulário (e ditos pela linha de comando)

problem-given-name-needed = o nome é obrigatório
problem-family-name-needed = o sobrenome é obrigatório
problem-name-control-character = o nome contém o caractere de controle { $code }
problem-name-empty = o nome está vazio
problem-name-invisible = o nome não tem nenhum caractere visível (só { $codes })
problem-date-in-future = { $date } está no futuro
problem-date-before-year = { $date } é anterior a { $year }
problem-date-before-birth = { $date } é anterior à data de nascimento
problem-cleared-before-injury = a data de liberação { $cleared } é anterior à data da lesão { $injury }
problem-dominant-leg = a perna dominante é a esquerda ou a direita
problem-body-mass = { $mass } kg não é uma massa corporal plausível (entre { $min } e { $max } kg)
problem-lever-arm = um braço de alavanca de { $value } m não é plausível (acima de 0, no máximo 2 m)
problem-peak-force = { $value } { $unit } não é um pico de força (acima de 0, no máximo { $max })
problem-recording-force = uma força de { $value } N está além da faixa de qualquer dispositivo (no máximo { $max } N)
problem-recording-too-short = { $samples ->
        [one] { $samples } amostra em { $duration } s não basta
       *[other] { $samples } amostras em { $duration } s não bastam
    } para a análise: uma gravação precisa de pelo menos { $min_samples } amostras em { $min_duration } s (os primeiros { $baseline } s são a linha de base)
problem-not-a-date = “{ $text }” não é uma data: digite-a como { $hint }, p. ex. { $example }
problem-not-a-number = “{ $text }” não é um número: digite um número, p. ex. { $example }

## Testes embutidos: de onde vem cada MDC95 padrão
# test-<id do teste>-mdc-source cita o estudo publicado de onde vem a MDC95 padrão de um teste
# embutido, com o que ele mediu. Citações, nomes de dispositivos, abreviaturas (MDC, MDC95, ICC,
# CV, HHD = dinamômetro manual) e números ficam como publicados; só as palavras são traduzidas.

test-nordic-mdc-source = Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)
test-knee-flexion-iso-90-mdc-source = Wollin et al. 2016 (flexão isométrica do joelho, HHD fixo: MDC 12.9-14.0 %)
test-knee-flexion-iso-30-mdc-source = Wollin et al. 2016 (flexão isométrica do joelho, HHD fixo: MDC 12.9-14.0 %)
test-ipc-90-20-mdc-source = McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)
test-hip-extension-iso-mdc-source = Thorborg et al. 2010 (extensão do quadril, HHD: variação entre sessões < 8 %)
test-hip-abduction-iso-mdc-source = Thorborg et al. 2010 (abdução do quadril, HHD: variação entre sessões < 5-6 %)
test-hip-adduction-iso-mdc-source = Thorborg et al. 2010 (adução do quadril, HHD: variação entre sessões < 5-6 %)

## Análise: assimetria, métricas, alertas de qualidade, resultados digitados manualmente

## Fórmulas de assimetria (uma configuração da clínica; citadas nos resultados, histórico, configurações e relatório)

asym-formula-percent-difference = Diferença percentual
# LSI: lado acometido / lado não acometido × 100
asym-formula-lsi = Índice de simetria entre membros
asym-formula-symmetry-index = Índice de simetria
asym-formula-symmetry-angle = Ângulo de simetria
# D = direito, E = esquerdo
asym-formula-ratio = Razão D/E

# Cada fórmula por extenso. D = perna direita, E = perna esquerda (como em side-*-letter).
asym-definition-percent-difference = (mais forte - mais fraco) / mais forte × 100, com o lado mais fraco
asym-definition-lsi = acometido / não acometido × 100 (mais fraco / mais forte sem lado lesionado)
asym-definition-symmetry-index = (D - E) / ({ $half } (D + E)) × 100
asym-definition-symmetry-angle = (45° - atan(E/D)) / 90° × 100
asym-definition-ratio = D / E

asym-source-lsi = índice de simetria entre membros (os critérios de retorno ao esporte são expressos nele)
asym-source-ratio = direito / esquerdo

asym-formula-with-definition = { $formula } — { $definition }

asym-note = { $formula } = { $definition } ({ $source })

## Valores de assimetria

asym-value-weaker = { $value } % { $side }
asym-value-stronger = { $value } % ({ $side } mais forte)

## De onde vêm as faixas de assimetria

# RR = risco relativo de lesão muscular dos isquiotibiais (a abreviatura é a mesma em português).
asym-bands-source-nordic = { $source }: desequilíbrio no nórdico >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr } (rúgbi union)
asym-bands-source-all-tests = publicado apenas para o nórdico ({ $source }: desequilíbrio >= { $amber } % RR { $amber_rr }, >= { $red } % RR { $red_rr }, rúgbi union); para os demais testes, as mesmas faixas são uma convenção
asym-bands-source-other-test = nenhuma faixa de risco publicada para este teste: as faixas são uma convenção (tomadas do desequilíbrio no nórdico, { $source })

## Métricas de uma repetição

analysis-metric-peak-force = Pico de força
analysis-metric-time-to-peak = Tempo até o pico
analysis-metric-rfd = RFD 0-{ $window } ms
analysis-metric-peak-rfd = RFD de pico
analysis-metric-impulse = Impulso
analysis-metric-best-1s-mean-force = Melhor força média em 1 s

## O que significa o alerta de qualidade de uma repetição (dica ao lado das poucas palavras do alerta)

flag-explain-noisy-baseline = ruído da linha de base acima de 5 % do pico de força
flag-explain-not-sustained = força média abaixo de 75 % do pico: a sustentação não foi mantida
flag-explain-clipped = 3 ou mais amostras no máximo do dispositivo: o pico pode estar cortado
flag-explain-poor-fit = erro do modelo exponencial acima de 5 % da força média
flag-explain-fit-failed = a subida não segue um modelo exponencial
flag-explain-baseline-from-trial-start = nenhum repouso de { $window } s antes da subida: a linha de base são os primeiros { $window } s da tentativa
flag-explain-low-sample-rate = amostrado abaixo de 200 Hz: RFD 0-50 ms e RFD de pico abrangem poucas amostras e são imprecisos

## Resultados digitados manualmente: o que impede que sejam salvos

entered-no-such-test = não há teste “{ $test }” na biblioteca de testes
entered-count-test = { $test } é medido por contagem de repetições, não por pico de força
entered-one-leg-at-a-time = { $test } é testado uma perna de cada vez: insira cada perna separadamente (esquerda ou direita)
# "both": o nome do lado "ambas as pernas ao mesmo tempo" na linha de comando.
entered-right-peaks-one-leg = picos da perna direita são para um teste das duas pernas ao mesmo tempo (lado both)
entered-device-not-named = o dispositivo não tem nome
entered-device-name-control-character = o nome do dispositivo contém o caractere de controle { $code }
entered-device-name-empty = o nome do dispositivo está vazio
entered-device-name-invisible = o nome do dispositivo não tem nenhum caractere visível (só { $codes })
entered-device-name-too-long = { $max ->
        [one] o nome do dispositivo tem mais de { $max } caractere
       *[other] o nome do dispositivo tem mais de { $max } caracteres
    }
entered-no-peak-left = nenhum pico inserido para a perna esquerda
entered-no-peak-right = nenhum pico inserido para a perna direita
entered-no-peak = nenhum pico inserido
entered-pain-range = a dor é pontuada de 0 a 10
entered-date-in-future = a data { $date } está no futuro
entered-date-before-year = a data { $date } é anterior a { $year }

## Dispositivo e aquisição: o estado da conexão, o que o dispositivo disse, leituras faltantes, o
## diário da gravação, portas seriais e perfis de dispositivo, os dispositivos de demonstração

## O estado da conexão (o indicador na barra de status e no painel do dispositivo)

link-state-connecting = conectando
link-state-connected = conectado
link-state-streaming = transmitindo
link-state-disconnected = desconectado: { $reason }
link-state-reconnecting = reconectando ({ $attempt }ª tentativa de reconexão, em { $seconds } s)
link-state-error = erro: { $reason }
link-state-closed = encerrado

## Por que a conexão com o dispositivo foi perdida

link-write-failed = falha na escrita: { $error }
link-read-failed = falha na leitura: { $error }
link-port-closed = a porta foi fechada

## Linhas do dispositivo que não eram amostras (dica da barra de status)

link-rejected = { $reason }: { $text }
link-rejected-garbage = linha não reconhecida
link-rejected-overlong = linha longa demais
link-rejected-unknown-unit = unidade desconhecida
link-rejected-not-text = não é texto
link-rejected-bad-frame = bytes fora de um quadro
link-rejected-incomplete = incompleta no fim do fluxo
link-rejected-no-unit = valor sem unidade
link-rejected-time-jump = o tempo do dispositivo saltou
link-rejected-time-ahead = um tempo { $seconds } s adiantado em relação ao fluxo, que depois voltou
link-rejected-time-jumped = o tempo { $time } saltou { $step } s

## A sessão do dispositivo: comandos que o dispositivo não respondeu ou recusou

device-session-no-reply-within = nenhuma resposta a '{ $command }' em { $seconds } s (esperado: { $expected })
device-session-no-data-within = nenhum dado em { $seconds } s
device-session-no-data-for = sem dados há { $seconds } s
device-session-refused = o dispositivo recusou '{ $command }': { $error }
device-session-refused-hint = o dispositivo recusou '{ $command }': { $error }; { $hint }
device-session-meaning-hint = { $meaning }; { $hint }
device-session-unit-refused = o dispositivo informa sua unidade como '{ $unit }', que o perfil '{ $profile }' não lista

## O dispositivo conectado (o painel do dispositivo: tara, as mensagens do dispositivo)

acq-tared-by-device = tara feita pelo dispositivo
acq-tared-in-software = tara feita por software (o dispositivo não tem comando de tara)
acq-not-tared = sem tara: ainda não há leituras para tarar
acq-device-error = erro do dispositivo { $code }
acq-device-error-meaning = erro do dispositivo { $code }: { $meaning }
acq-no-reply = nenhuma resposta a '{ $command }'
acq-device-lost-at = { $state } aos { $seconds } s

## O diário: as amostras de uma gravação guardadas no banco de dados enquanto ela é feita

acq-journal-cannot-open = não foi possível abrir o diário: { $error }
acq-journal-database-not-opened = não foi possível abrir o banco de dados
acq-journal-cannot-start = não foi possível iniciar o diário: { $error }
acq-journal-samples-without-journal =
    { $count ->
        [one] { $count } amostra ficou sem diário para onde ir
       *[other] { $count } amostras ficaram sem diário para onde ir
    }
acq-journal-cannot-discard = não foi possível descartar uma gravação: { $error }
acq-journal-write-failed = falha na escrita do diário: { $error }
acq-journal-not-in-journal = esta gravação não está no diário
acq-journal-cannot-save = não foi possível salvar a tentativa: { $error }

## Leituras enviadas pelo dispositivo que estão faltando (dica da barra de status, anotações de uma tentativa)

readings-missing =
    { $count ->
        [one] { $number } leitura enviada pelo dispositivo está faltando: { $basis }
       *[other] { $number } leituras enviadas pelo dispositivo estão faltando: { $basis }
    }
readings-missing-about =
    { $count ->
        [one] cerca de { $number } leitura enviada pelo dispositivo está faltando: { $basis }
       *[other] cerca de { $number } leituras enviadas pelo dispositivo estão faltando: { $basis }
    }
readings-basis-clock =
    { $count ->
        [one] o relógio do dispositivo mostra lacunas de { $seconds } s no total, onde { $number } leitura era esperada
       *[other] o relógio do dispositivo mostra lacunas de { $seconds } s no total, onde { $number } leituras eram esperadas
    }
readings-basis-damaged =
    { $count ->
        [one] { $number } linha danificada onde eram esperadas leituras
       *[other] { $number } linhas danificadas onde eram esperadas leituras
    }
readings-basis-undelivered =
    { $count ->
        [one] { $number } decodificada, mas não entregue a tempo
       *[other] { $number } decodificadas, mas não entregues a tempo
    }
readings-basis-join = { $first }; { $next }

## Portas seriais e perfis de dispositivo (o painel do dispositivo, Configurações)

port-info-cannot-list = não foi possível listar as portas seriais: { $error }
port-info-profiles-share-usb-id = { $port }: os perfis { $profiles } correspondem todos ao seu id USB { $usb }; '{ $first }' é oferecido primeiro (o primeiro da lista): escolha o do dispositivo conectado
port-info-profile-shadowed = perfil '{ $id }': { $used } é usado, não { $unused } ({ $why })
port-info-built-in-profile = o perfil embutido '{ $name }'
port-info-shadowed-demo = os dispositivos de demonstração sempre usam seus perfis embutidos: dê outro id a este
port-info-shadowed-replaces-built-in = um perfil em uma pasta de dispositivos substitui o perfil embutido com o mesmo id
port-info-shadowed-same-folder = dois arquivos na mesma pasta têm este id; é usado o último pelo nome do arquivo: dê outro id a um deles
port-info-shadowed-read-after = { $later } é lida depois de { $earlier }
port-info-hint-profile-missing = perfil '{ $id }': uma dica cita o perfil '{ $profile }', que não está carregado
port-info-usb-id-claimed = o id USB { $usb } é reivindicado por { $profiles }: uma porta com ele oferece '{ $first }' primeiro; escolha o do dispositivo conectado
port-info-and = { $list } e { $next }

## Os dispositivos de demonstração

demo-device-no-profile = nenhum perfil distribuído devices/{ $file }
demo-device-cannot-start = o dispositivo de demonstração não pôde iniciar: { $error }
demo-device-failed = o dispositivo de demonstração falhou

## O registro da clínica: o que um salvamento recusou, uma linha que não pode ser lida, um banco de
## dados ou um servidor da clínica que não pode ser usado, e algumas pequenas partes do app
# Estas frases começam com minúscula: as telas costumam mostrá-las depois de palavras próprias
# ("Não salvo: ...", "Não foi possível abrir a clínica: ..."). Caminhos, erros SQL e o que o
# servidor disse chegam em inglês, em $detail.

## O que uma consulta contém

store-trials = { $count ->
    [0] nenhuma tentativa
    [one] { $count } tentativa: { $tests }
   *[other] { $count } tentativas: { $tests }
}

## Um salvamento recusado: alguém alterou o mesmo registro nesse meio-tempo
# O verbo fica dentro de cada variante para concordar em gênero com o registro.

conflict-changed-by-at =
    não salvo: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta configuração foi alterada
        [clearance-template] este modelo de liberação foi alterado
       *[other] este registro foi alterado
    } por { $login } em { $when } enquanto você o editava. O que você digitou foi mantido aqui; veja a alteração da outra pessoa (cancele e abra de novo) e refaça a sua
conflict-changed-by =
    não salvo: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta configuração foi alterada
        [clearance-template] este modelo de liberação foi alterado
       *[other] este registro foi alterado
    } por { $login } enquanto você o editava. O que você digitou foi mantido aqui; veja a alteração da outra pessoa (cancele e abra de novo) e refaça a sua
conflict-changed-at =
    não salvo: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta configuração foi alterada
        [clearance-template] este modelo de liberação foi alterado
       *[other] este registro foi alterado
    } por outra pessoa em { $when } enquanto você o editava. O que você digitou foi mantido aqui; veja a alteração da outra pessoa (cancele e abra de novo) e refaça a sua
conflict-changed =
    não salvo: { $what ->
        [athlete] este atleta foi alterado
        [injury-episode] este episódio de lesão foi alterado
        [visit] esta consulta foi alterada
        [setting] esta configuração foi alterada
        [clearance-template] este modelo de liberação foi alterado
       *[other] este registro foi alterado
    } por outra pessoa enquanto você o editava. O que você digitou foi mantido aqui; veja a alteração da outra pessoa (cancele e abra de novo) e refaça a sua

## O banco de dados da clínica não pode ser usado, ou uma linha dele não pode ser lida

store-error-data-dir = não foi possível criar a pasta de dados { $path }: { $detail }
store-error-open = não foi possível abrir o banco de dados { $path }: { $detail }
store-error-damaged = o banco de dados { $path } está danificado ({ $detail }). Copie-o para um lugar seguro e depois restaure o backup mais recente de { $backups }
store-error-too-new = o banco de dados { $path } foi gravado por um ForceTrack mais novo (esquema { $found }; este programa conhece até o { $known })
store-error-backup = não foi possível fazer backup do banco de dados em { $path }: { $detail }
store-error-not-found = { $what ->
        [athlete] atleta
        [injury-episode] episódio de lesão
        [visit] consulta
        [deleted-visit] consulta excluída
        [trial] tentativa
        [journal-recording] gravação do diário
       *[other] registro
    } { $id } não existe
store-error-corrupt = os dados armazenados não podem ser lidos: { $detail }
store-error-damaged-samples = tentativa { $trial }: as amostras armazenadas estão danificadas ({ $detail })
store-error-damaged-row = { $what ->
        [athlete] atleta
        [injury-episode] episódio de lesão
        [visit] consulta
        [trial] tentativa
        [sign-off] assinatura
        [manual-check-answer] resposta de verificação manual
        [setting] configuração
        [clinic-defined-test] teste definido pela clínica
        [clinic-defined-battery] bateria definida pela clínica
        [clinic-defined-clearance-template] modelo de liberação definido pela clínica
       *[other] linha
    } { $id }: a célula '{ $column }' não é válida ({ $detail })
store-damaged-trial = tentativa { $trial } (atleta { $athlete }, consulta de { $date }): as amostras armazenadas estão danificadas ({ $detail })
store-error-busy = erro do banco de dados: { $detail }
store-error-disk-full = erro do banco de dados: { $detail }
store-error-database = erro do banco de dados: { $detail }
store-error-server = erro do banco de dados: { $problem }
store-error-offline = erro do banco de dados: o servidor da clínica não está acessível

## O servidor da clínica: por que este computador não pode usá-lo
# Endereços, "postgresql://LOGIN@HOST/DATABASE", "sslmode=...", "?sslrootcert=FILE", "~/.pgpass",
# "PGPASSWORD" e "TLS" ficam como estão. "CA" = autoridade certificadora.

server-error-not-an-address = “{ $address }” não é um endereço de servidor da clínica: escreva-o como postgresql://LOGIN@HOST/DATABASE
server-error-sslmode = sslmode={ $mode } não é conhecido: omita-o (TLS, com o certificado verificado) ou escreva sslmode=disable
server-error-address-unreadable = o endereço do servidor da clínica “{ $address }” não pode ser lido: { $detail }
server-error-address-no-database = o endereço do servidor da clínica “{ $address }” não indica nenhum banco de dados
server-error-needs-ca-file = o servidor da clínica { $host } está em outro computador: informe o arquivo do certificado da CA dele (?sslrootcert=FILE no endereço) para que o certificado possa ser verificado; só uma clínica que desativa o TLS (sslmode=disable) dispensa isso
server-error-ca-file = o arquivo do certificado da CA do servidor { $file }: { $detail }
server-error-ca-file-empty = o arquivo do certificado da CA do servidor { $file }: não contém nenhum certificado
server-error-connection = o servidor da clínica { $server }: { $problem }
# O servidor é o sujeito ("o servidor da clínica X: recusou a conexão").
server-error-wrong-password = senha errada para este login
server-error-login-refused = não permite a entrada deste login ({ $detail })
server-error-no-such-database = banco de dados inexistente ({ $detail })
server-error-not-allowed = este login não tem permissão para isso ({ $detail })
server-error-changed-meanwhile = outra estação alterou as mesmas linhas no mesmo momento; tente de novo
server-error-certificate = o certificado dele não foi aceito ({ $detail })
server-error-refused = recusou a conexão (nenhum servidor de banco de dados escuta nesse endereço e porta)
server-error-no-answer = não está acessível (sem resposta em 5 s)
server-error-no-such-host = não está acessível (host ou socket inexistente)
server-error-unreachable = não está acessível ({ $detail })
server-error-password-missing = pede uma senha: coloque-a no arquivo de senhas do PostgreSQL (~/.pgpass) ou em PGPASSWORD
server-error-connection-lost = a conexão foi perdida
server-error-no-record = o servidor da clínica { $server } ainda não tem registro do ForceTrack: crie-o uma vez com `{ $command }` (em um banco de dados vazio)
server-error-older = o servidor da clínica { $server } tem a versão de esquema { $found } e este ForceTrack usa a { $known }: o servidor é mais antigo. Feche o ForceTrack em todas as estações, depois atualize o servidor uma vez com `{ $command }` e atualize as outras estações
server-error-newer = o servidor da clínica { $server } tem a versão de esquema { $found }, mais nova que a { $known } deste ForceTrack: ele foi atualizado por um ForceTrack mais novo. Instale essa versão nesta estação

## A coluna de retorno ao esporte da lista de atletas

clinic-rts-status = { $status ->
        [not_yet] ✖ ainda não
        [incomplete] ⚠ incompleto
       *[other] ✔ todos os critérios atendidos
    } · { $counts }

## Built-in tests: the unit of a count threshold

test-unit-reps =
    { $count ->
        [one] repetição
       *[other] repetições
    }
