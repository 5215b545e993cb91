<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountSyncDialog</name>
    <message>
        <source>Sync with Z-API account</source>
        <translation>Sincronizar com a conta Z-API</translation>
    </message>
    <message>
        <source>Pages of the account read</source>
        <translation>Páginas da conta lidas</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Adicionadas:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizadas:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inalteradas:</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Não salvas:</translation>
    </message>
    <message>
        <source>No longer in the account:</source>
        <translation>Não estão mais na conta:</translation>
    </message>
    <message>
        <source>Instances that need your attention</source>
        <translation>Instâncias que precisam da sua atenção</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;QR code</source>
        <translation>&amp;QR Code</translation>
    </message>
    <message>
        <source>Getting the QR code…</source>
        <translation>Obtendo o QR Code…</translation>
    </message>
    <message>
        <source>The QR code was hidden because it was not scanned in time.</source>
        <translation>O QR Code foi ocultado porque não foi escaneado a tempo.</translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation>Mostrar &amp;novo QR Code</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Ask the customer to scan this code with the phone that has WhatsApp:</source>
        <translation>Peça ao cliente que escaneie este código com o celular que tem o WhatsApp:</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp on the phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone&apos;s camera at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Abra o WhatsApp no celular.&lt;/li&gt;&lt;li&gt;Acesse &lt;b&gt;Configurações&lt;/b&gt; (no Android: o menu &lt;b&gt;⋮&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Toque em &lt;b&gt;Aparelhos conectados&lt;/b&gt; e depois em &lt;b&gt;Conectar um aparelho&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Aponte a câmera do celular para este código.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>WhatsApp replaces the code every 20 seconds, so a new one appears here on its own.</source>
        <translation>O WhatsApp troca o código a cada 20 segundos, então um novo aparece aqui automaticamente.</translation>
    </message>
    <message>
        <source>&amp;Phone number code</source>
        <translation>Código por tele&amp;fone</translation>
    </message>
    <message>
        <source>Customer&apos;s WhatsApp &amp;number:</source>
        <translation>&amp;Número do WhatsApp do cliente:</translation>
    </message>
    <message>
        <source>With country and area code, e.g. +55 11 98765-4321</source>
        <translation>Com código do país e DDD, ex.: +55 11 98765-4321</translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Gerar código</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Read or send the code to the customer, who types it on the phone that has WhatsApp:</source>
        <translation>Dite ou envie o código ao cliente, que o digita no celular que tem o WhatsApp:</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp and go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Link with phone number instead&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Type the code shown here.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Abra o WhatsApp e acesse &lt;b&gt;Configurações&lt;/b&gt; (no Android: o menu &lt;b&gt;⋮&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Toque em &lt;b&gt;Aparelhos conectados&lt;/b&gt; e depois em &lt;b&gt;Conectar um aparelho&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Toque em &lt;b&gt;Conectar com número de telefone&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Digite o código mostrado aqui.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The customer can put the phone away: messages now go through Z-API.</source>
        <translation>O cliente já pode deixar o celular de lado: as mensagens agora passam pela Z-API.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection problems?&lt;/b&gt; If the customer&apos;s phone asks for a passkey, or the QR code keeps failing, connect with the Z-API Conector extension instead.</source>
        <translation>&lt;b&gt;Problemas de conexão?&lt;/b&gt; Se o celular do cliente pedir uma chave de acesso ou o QR Code continuar falhando, conecte pela extensão Z-API Conector.</translation>
    </message>
    <message>
        <source>Use the &amp;extension…</source>
        <translation>Usar a &amp;extensão…</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>&amp;Idioma do cliente:</translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation>Copiar &amp;mensagem para o cliente</translation>
    </message>
    <message>
        <source>The code and where to type it in WhatsApp, ready to paste into a chat</source>
        <translation>O código e onde digitá-lo no WhatsApp, prontos para colar em uma conversa</translation>
    </message>
</context>
<context>
    <name>ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code</source>
        <translation>Código de conexão da extensão</translation>
    </message>
    <message>
        <source>For customers who cannot connect with the QR code (for example, their phone asks for a passkey): they connect with the Z-API Conector extension for Chrome and this code.</source>
        <translation>Para clientes que não conseguem conectar pelo QR Code (por exemplo, o celular pede uma chave de acesso): eles conectam com a extensão Z-API Conector para Chrome e este código.</translation>
    </message>
    <message>
        <source>Asking Z-API for a code…</source>
        <translation>Solicitando um código à Z-API…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No code was generated</source>
        <translation>Nenhum código foi gerado</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Copy the code (Ctrl+C)</source>
        <translation>Copiar o código (Ctrl+C)</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp is linked to this instance. They can close the extension; nothing else is needed.</source>
        <translation>O WhatsApp do cliente está conectado a esta instância. Ele já pode fechar a extensão; não é preciso fazer mais nada.</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>O que o cliente faz</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>&amp;Idioma do cliente:</translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation>Copiar &amp;mensagem para o cliente</translation>
    </message>
    <message>
        <source>&amp;Generate new code</source>
        <translation>&amp;Gerar novo código</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>First, the customer gets ready</source>
        <translation>Primeiro, o cliente se prepara</translation>
    </message>
    <message>
        <source>&amp;Generate code</source>
        <translation>&amp;Gerar código</translation>
    </message>
    <message>
        <source>When the customer is ready: the code is valid for a few minutes only</source>
        <translation>Quando o cliente estiver pronto: o código vale só por alguns minutos</translation>
    </message>
    <message>
        <source>Copy &amp;preparation message</source>
        <translation>Copiar mensagem de &amp;preparação</translation>
    </message>
    <message>
        <source>What to get ready before the code (a computer with Chrome, the extension, WhatsApp Web), ready to paste into a chat</source>
        <translation>O que preparar antes do código (um computador com Chrome, a extensão, o WhatsApp Web), pronto para colar em uma conversa</translation>
    </message>
    <message>
        <source>The code, how long it is still valid, the extension link and the four steps, ready to paste into a chat</source>
        <translation>O código, por quanto tempo ele ainda vale, o link da extensão e os quatro passos, prontos para colar em uma conversa</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import instances</source>
        <translation>Importar instâncias</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first row names the columns: name, instance_id, instance_token, and optionally phone and notes. An instance ID that is already in Partner Desk updates that instance.</source>
        <translation>Um arquivo CSV (UTF-8) cuja primeira linha traz os nomes das colunas: name, instance_id, instance_token e, opcionalmente, phone e notes. Um ID de instância que já está no Partner Desk atualiza essa instância.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Rows that will be skipped:</source>
        <translation>Linhas que serão ignoradas:</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Linhas a importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>How you call this customer, e.g. Padaria Pão de Mel</source>
        <translation>Como você chama este cliente, ex.: Padaria Pão de Mel</translation>
    </message>
    <message>
        <source>Customer &amp;phone:</source>
        <translation>&amp;Telefone do cliente:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Optional: contact person, plan, anything that helps support</source>
        <translation>Opcional: contato, plano, qualquer coisa que ajude no suporte</translation>
    </message>
    <message>
        <source>Z-API credentials (kept in the encrypted vault)</source>
        <translation>Credenciais da Z-API (guardadas no cofre criptografado)</translation>
    </message>
    <message>
        <source>Instance &amp;ID:</source>
        <translation>&amp;ID da instância:</translation>
    </message>
    <message>
        <source>Instance &amp;token:</source>
        <translation>To&amp;ken da instância:</translation>
    </message>
    <message>
        <source>&amp;Show credentials</source>
        <translation>&amp;Mostrar credenciais</translation>
    </message>
    <message>
        <source>Both are on the instance&apos;s page in the Z-API dashboard. They never leave this computer except to call Z-API.</source>
        <translation>Os dois estão na página da instância no painel da Z-API. Eles só saem deste computador nas chamadas à Z-API.</translation>
    </message>
    <message>
        <source>Optional, e.g. (11) 98765-4321</source>
        <translation>Opcional, ex.: (11) 98765-4321</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <source>No customer instances yet</source>
        <translation>Ainda não há instâncias de clientes</translation>
    </message>
    <message>
        <source>Set &amp;Client-Token…</source>
        <translation>Definir &amp;Client-Token…</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>A&amp;dicionar instância…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <source>Just looking around? Start Partner Desk with --demo to try it with made-up customers and no Z-API account.</source>
        <translation>Só quer dar uma olhada? Inicie o Partner Desk com --demo para experimentar com clientes fictícios, sem conta na Z-API.</translation>
    </message>
    <message>
        <source>Customer phone:</source>
        <translation>Telefone do cliente:</translation>
    </message>
    <message>
        <source>Last known status:</source>
        <translation>Último status conhecido:</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>ID da instância:</translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation>&amp;Editar instância…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instância</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Add a customer instance</source>
        <translation>Adicionar uma instância de cliente</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected instance</source>
        <translation>Editar a instância selecionada</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation>Remover a instância selecionada</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Import instances from a CSV file</source>
        <translation>Importar instâncias de um arquivo CSV</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Client-Token, API address, timeout and languages</source>
        <translation>Client-Token, endereço da API, tempo limite e idiomas</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Partner Desk</source>
        <translation>&amp;Sobre o Partner Desk</translation>
    </message>
    <message>
        <source>&amp;Connect WhatsApp…</source>
        <translation>&amp;Conectar WhatsApp…</translation>
    </message>
    <message>
        <source>Connection problems?</source>
        <translation>Problemas de conexão?</translation>
    </message>
    <message>
        <source>If the QR code fails (for example, the customer&apos;s phone asks for a passkey), the customer can connect with the Z-API Conector extension for Chrome and a code from here.</source>
        <translation>Se o QR Code falhar (por exemplo, o celular do cliente pede uma chave de acesso), o cliente pode conectar com a extensão Z-API Conector para Chrome e um código gerado aqui.</translation>
    </message>
    <message>
        <source>Generate e&amp;xtension code…</source>
        <translation>Gerar código da e&amp;xtensão…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Show the customer a QR code or a phone-number code to link WhatsApp</source>
        <translation>Mostrar ao cliente um QR Code ou um código pelo número de telefone para conectar o WhatsApp</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Connection &amp;problems? Extension code…</source>
        <translation>&amp;Problemas de conexão? Código da extensão…</translation>
    </message>
    <message>
        <source>The QR code fails for this customer (their phone asks for a passkey)? Generate a code for the Z-API Conector extension</source>
        <translation>O QR Code falha para este cliente (o celular pede uma chave de acesso)? Gere um código para a extensão Z-API Conector</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation>Buscar instâncias</translation>
    </message>
    <message>
        <source>Customer instances</source>
        <translation>Instâncias dos clientes</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show instances by status</source>
        <translation>Mostrar instâncias por status</translation>
    </message>
    <message>
        <source>Show &amp;all instances</source>
        <translation>Mostrar &amp;todas as instâncias</translation>
    </message>
    <message>
        <source>WhatsApp is connected on this instance.</source>
        <translation>O WhatsApp está conectado nesta instância.</translation>
    </message>
    <message>
        <source>Partner Desk keeps your customers&apos; Z-API instances, with their IDs and tokens protected by the system keychain. Start with your account&apos;s Client-Token. With your partner token, sync brings in every instance of your Z-API account at once; or add instances one by one, or import a CSV file.</source>
        <translation>O Partner Desk guarda as instâncias Z-API dos seus clientes, com os IDs e tokens protegidos pelo chaveiro do sistema. Comece pelo Client-Token da sua conta. Com o seu token de parceiro, a sincronização traz de uma vez todas as instâncias da sua conta Z-API; ou adicione as instâncias uma a uma, ou importe um arquivo CSV.</translation>
    </message>
    <message>
        <source>S&amp;ync from my Z-API account…</source>
        <translation>&amp;Sincronizar com minha conta Z-API…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Assinatura:</translation>
    </message>
    <message>
        <source>Who is c&amp;onnected?</source>
        <translation>&amp;Quem está conectado?</translation>
    </message>
    <message>
        <source>Ask Z-API which WhatsApp number and phone are linked to this instance</source>
        <translation>Perguntar à Z-API qual número de WhatsApp e qual celular estão conectados a esta instância</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>Restart this instance&apos;s connection; the customer does not need to scan a new QR code</source>
        <translation>Reiniciar a conexão desta instância; o cliente não precisa escanear um novo QR Code</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Unlink WhatsApp from this instance; the customer must connect again</source>
        <translation>Desvincular o WhatsApp desta instância; o cliente terá de conectar de novo</translation>
    </message>
    <message>
        <source>S&amp;ync with Z-API account…</source>
        <translation>S&amp;incronizar com a conta Z-API…</translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account, with its ID and token (needs the partner token)</source>
        <translation>Trazer todas as instâncias da sua conta Z-API, com ID e token (requer o token de parceiro)</translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation>&amp;Verificar status</translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on the selected instances</source>
        <translation>Perguntar à Z-API se o WhatsApp está conectado nas instâncias selecionadas</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Check status of a&amp;ll instances</source>
        <translation>Verificar status de &amp;todas as instâncias</translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on every instance in the list</source>
        <translation>Perguntar à Z-API se o WhatsApp está conectado em cada instância da lista</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Bring back credentials kept aside…</source>
        <translation>&amp;Recuperar credenciais guardadas à parte…</translation>
    </message>
    <message>
        <source>Bring back the instances&apos; credentials and the tokens from a copy kept aside when this profile was started over</source>
        <translation>Recuperar as credenciais das instâncias e os tokens de uma cópia guardada à parte quando este perfil foi recomeçado</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AccountSyncDialog</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configurações…</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Sincronizar &amp;novamente</translation>
    </message>
    <message>
        <source>Reading your Z-API account…</source>
        <translation>Lendo sua conta Z-API…</translation>
    </message>
    <message>
        <source>Page %v of %m</source>
        <translation>Página %v de %m</translation>
    </message>
    <message>
        <source>Reading your Z-API account: page %1 of %2 (%3 of %4 instances)…</source>
        <translation>Lendo sua conta Z-API: página %1 de %2 (%3 de %4 instâncias)…</translation>
    </message>
    <message>
        <source>Done: your list now has every instance of your Z-API account.</source>
        <translation>Pronto: sua lista agora tem todas as instâncias da sua conta Z-API.</translation>
    </message>
    <message>
        <source>The sync stopped before reading anything.</source>
        <translation>A sincronização parou antes de ler qualquer coisa.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>The sync stopped after page %1 of %2.</source>
        <translation>A sincronização parou depois da página %1 de %2.</translation>
    </message>
    <message>
        <source>The pages read were saved. The rest of the account was not read, so its other instances were not brought in or updated, and the instances no longer in the account are not known yet. Sync again to finish.</source>
        <translation>As páginas lidas foram salvas. O resto da conta não foi lido, então as outras instâncias dela não foram trazidas nem atualizadas, e ainda não se sabe quais instâncias não estão mais na conta. Sincronize de novo para terminar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s) no longer in the account…</source>
        <translation>
            <numerusform>&amp;Remover %n instância que não está mais na conta…</numerusform>
            <numerusform>&amp;Remover %n instâncias que não estão mais na conta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Partner Desk: %1 of the instances no longer in your Z-API account.</source>
        <translation>Removidas do Partner Desk: %1 das instâncias que não estão mais na sua conta Z-API.</translation>
    </message>
    <message>
        <source>No longer in your Z-API account (kept here, marked, until you remove them):</source>
        <translation>Não estão mais na sua conta Z-API (ficam aqui, marcadas, até você removê-las):</translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2)</source>
        <translation>  %1 (o ID da instância termina em %2)</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Não salvas:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2): %3</source>
        <translation>  %1 (o ID da instância termina em %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instance(s) from Partner Desk?</source>
        <translation>
            <numerusform>Remover %n instância do Partner Desk?</numerusform>
            <numerusform>Remover %n instâncias do Partner Desk?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Z-API account no longer has them:</source>
        <translation>Sua conta Z-API não tem mais estas instâncias:</translation>
    </message>
    <message>
        <source>Their instance IDs and tokens are deleted from this computer. If one comes back to the account, the next sync brings it in again.</source>
        <translation>Os IDs e tokens dessas instâncias são apagados deste computador. Se alguma voltar para a conta, a próxima sincronização a traz de novo.</translation>
    </message>
    <message>
        <source>Remove instances no longer in the account</source>
        <translation>Remover instâncias que não estão mais na conta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s)</source>
        <translation>
            <numerusform>&amp;Remover %n instância</numerusform>
            <numerusform>&amp;Remover %n instâncias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed; the others are in the account again and were kept.</source>
        <translation>
            <numerusform>%n instância removida; as outras voltaram para a conta e foram mantidas.</numerusform>
            <numerusform>%n instâncias removidas; as outras voltaram para a conta e foram mantidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed.</source>
        <translation>
            <numerusform>%n instância removida.</numerusform>
            <numerusform>%n instâncias removidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Appearance</name>
    <message>
        <source>0 (zero)</source>
        <translation>0 (zero)</translation>
    </message>
    <message>
        <source>O (letter O)</source>
        <translation>O (letra O)</translation>
    </message>
    <message>
        <source>1 (one)</source>
        <translation>1 (um)</translation>
    </message>
    <message>
        <source>I (capital i)</source>
        <translation>I (i maiúsculo)</translation>
    </message>
    <message>
        <source>l (small L)</source>
        <translation>l (L minúsculo)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CheckFailuresModel</name>
    <message>
        <source>Check failed: %1</source>
        <translation>Falha na verificação: %1</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Falha na verificação</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CliApplication</name>
    <message>
        <source>Use the profile NAME (default: &quot;%1&quot;).</source>
        <translation>Usar o perfil NAME (padrão: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Z-API address for this run only (default: the profile&apos;s setting).</source>
        <translation>Endereço da Z-API só para esta execução (padrão: o configurado no perfil).</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help when given after the command.</source>
        <translation>Mostrar esta ajuda ou, depois de um comando, a ajuda desse comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; precisa de um destes: %2.</translation>
    </message>
    <message>
        <source>Missing %1 for &quot;%2&quot;.</source>
        <translation>Falta %1 para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Argumentos demais para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Secrets are read from standard input, never from the command line.</source>
        <translation>Os segredos são lidos da entrada padrão, nunca da linha de comando.</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli [--profile NAME] [--api-base URL] COMMAND [ARGUMENTS]</source>
        <translation>Uso: partnerdesk-cli [--profile NAME] [--api-base URL] COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>Z-API or network error</source>
        <translation>erro da Z-API ou de rede</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or extra argument, bad option value or input</source>
        <translation>erro de uso: comando ou opção desconhecidos, argumento faltando ou sobrando, valor de opção ou entrada inválidos</translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;partnerdesk-cli COMANDO --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opções]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens,
the Client-Token, the partner token) are read from standard input, never from the command line, and
are kept in the profile&apos;s encrypted vault. NAME is an instance&apos;s name in any case, with or without
accents, or enough of its words to pick one instance.</source>
        <translation>Gerencia as instâncias Z-API dos clientes de um perfil do Partner Desk. Os segredos (IDs e tokens
das instâncias, o Client-Token, o token de parceiro) são lidos da entrada padrão, nunca da linha de
comando, e ficam guardados no cofre criptografado do perfil. NAME é o nome de uma instância, em
maiúsculas ou minúsculas, com ou sem acentos, ou palavras suficientes dele para identificar uma só
instância.</translation>
    </message>
    <message>
        <source>keychain, vault, instance list, data or configuration error, a missing Client-Token or partner token included (the message says what to fix)</source>
        <translation>erro do chaveiro, do cofre, da lista de instâncias, dos dados ou da configuração, inclusive a falta do Client-Token ou do token de parceiro (a mensagem diz o que corrigir)</translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation> ou: %1</translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli %1 COMMAND --help&apos; for a command&apos;s help.</source>
        <translation>Execute &apos;partnerdesk-cli %1 COMANDO --help&apos; para ver a ajuda de um comando.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CommandContext</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Tente &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>From the command line: partnerdesk-cli client-token set (reads the token from standard input).</source>
        <translation>Pela linha de comando: partnerdesk-cli client-token set (lê o token da entrada padrão).</translation>
    </message>
    <message>
        <source>From the command line: partnerdesk-cli partner-token set (reads the token from standard input).</source>
        <translation>Pela linha de comando: partnerdesk-cli partner-token set (lê o token da entrada padrão).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::Commands</name>
    <message>
        <source>Print JSON instead of a table, for scripts.</source>
        <translation>Exibir JSON em vez de uma tabela, para scripts.</translation>
    </message>
    <message>
        <source>Store your account&apos;s Client-Token, read from standard input.</source>
        <translation>Guardar o Client-Token da sua conta, lido da entrada padrão.</translation>
    </message>
    <message>
        <source>Reads the Client-Token (Security tab of your Z-API account) from the first line of standard input,
for example from a password manager: pass show z-api | partnerdesk-cli client-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted vault.</source>
        <translation>Lê o Client-Token (aba Segurança da sua conta Z-API) da primeira linha da entrada padrão,
por exemplo de um gerenciador de senhas: pass show z-api | partnerdesk-cli client-token set
Quando a entrada padrão é um terminal, ele é pedido sem mostrar o que é digitado.
Fica guardado no cofre criptografado do perfil.</translation>
    </message>
    <message>
        <source>Remove the stored Client-Token.</source>
        <translation>Remover o Client-Token guardado.</translation>
    </message>
    <message>
        <source>Add an instance; its ID and token are read from standard input.</source>
        <translation>Adicionar uma instância; o ID e o token são lidos da entrada padrão.</translation>
    </message>
    <message>
        <source>Reads the instance ID from the first line of standard input and the instance token from the second
(as shown in the Z-API dashboard). NAME is how you tell your customers&apos; instances apart.</source>
        <translation>Lê o ID da instância da primeira linha da entrada padrão e o token da instância da segunda
(como aparecem no painel da Z-API). NAME é o nome que distingue as instâncias dos seus clientes.</translation>
    </message>
    <message>
        <source>A note for yourself.</source>
        <translation>Uma observação para você.</translation>
    </message>
    <message>
        <source>List the instances (needs no keychain).</source>
        <translation>Listar as instâncias (não precisa do chaveiro).</translation>
    </message>
    <message>
        <source>Remove an instance and its stored ID and token.</source>
        <translation>Remover uma instância junto com o ID e o token guardados.</translation>
    </message>
    <message>
        <source>Add or update instances from a CSV file.</source>
        <translation>Adicionar ou atualizar instâncias a partir de um arquivo CSV.</translation>
    </message>
    <message>
        <source>The first row names the columns name, instance_id and instance_token, and optionally phone and notes,
separated by &apos;,&apos; or &apos;;&apos; (UTF-8). A row whose instance ID is already known updates that instance.
Rows with a problem are skipped and reported as &quot;line N: reason&quot; on standard error; the import
still succeeds (exit 0) unless every row was skipped (exit 3).</source>
        <translation>A primeira linha traz os nomes das colunas name, instance_id e instance_token e, opcionalmente,
phone e notes, separados por &apos;,&apos; ou &apos;;&apos; (UTF-8). Uma linha cujo ID de instância já é conhecido
atualiza essa instância. Linhas com problema são ignoradas e informadas como &quot;linha N: motivo&quot;
na saída de erro padrão; a importação ainda assim dá certo (saída 0), a menos que todas as linhas
sejam ignoradas (saída 3).</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Client-Token: </source>
        <translation>Client-Token: </translation>
    </message>
    <message>
        <source>Standard input held no Client-Token; it is read from the first line.</source>
        <translation>A entrada padrão não trouxe nenhum Client-Token; ele é lido da primeira linha.</translation>
    </message>
    <message>
        <source>Client-Token saved.</source>
        <translation>Client-Token salvo.</translation>
    </message>
    <message>
        <source>Client-Token removed.</source>
        <translation>Client-Token removido.</translation>
    </message>
    <message>
        <source>The instance name may not be empty.</source>
        <translation>O nome da instância não pode ficar vazio.</translation>
    </message>
    <message>
        <source>Instance ID: </source>
        <translation>ID da instância: </translation>
    </message>
    <message>
        <source>Instance token: </source>
        <translation>Token da instância: </translation>
    </message>
    <message>
        <source>Standard input must hold the instance ID on the first line and the instance token on the second.</source>
        <translation>A entrada padrão deve ter o ID da instância na primeira linha e o token da instância na segunda.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Instância adicionada: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last code (local time)</source>
        <translation>Último código (hora local)</translation>
    </message>
    <message>
        <source>ID suffix</source>
        <translation>Final do ID</translation>
    </message>
    <message>
        <source>There are no instances in this profile yet. Add one with &apos;partnerdesk-cli%1 add NAME&apos; (ID and token on standard input) or import a spreadsheet with &apos;partnerdesk-cli%1 import FILE.csv&apos;.</source>
        <translation>Ainda não há instâncias neste perfil. Adicione uma com &apos;partnerdesk-cli%1 add NAME&apos; (ID e token pela entrada padrão) ou importe uma planilha com &apos;partnerdesk-cli%1 import FILE.csv&apos;.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Instância removida: %1.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation>Importação concluída. Adicionadas: %1, atualizadas: %2, ignoradas: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: every row was skipped.</source>
        <translation>Nada foi importado de %1: todas as linhas foram ignoradas.</translation>
    </message>
    <message>
        <source>Print one line of JSON instead of text, for scripts.</source>
        <translation>Exibir uma linha de JSON em vez de texto, para scripts.</translation>
    </message>
    <message>
        <source>Get an extension connection code for a customer who cannot link WhatsApp with the QR code.</source>
        <translation>Gerar um código de conexão da extensão para um cliente que não consegue conectar o WhatsApp pelo QR Code.</translation>
    </message>
    <message>
        <source>Valid for %1, until %2 (local time).</source>
        <translation>Válido por %1, até as %2 (hora local).</translation>
    </message>
    <message>
        <source>The customer installs the Z-API Conector extension in Chrome, opens https://web.whatsapp.com/ with the number to connect, clicks the extension&apos;s icon and types this code.</source>
        <translation>O cliente instala a extensão Z-API Conector no Chrome, abre https://web.whatsapp.com/ com o número que será conectado, clica no ícone da extensão e digita este código.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Z-API says: %1</source>
        <translation>A Z-API diz: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way; one without a country code is in the default country of Settings (Brazil unless changed). Saved as one international number.</source>
        <translation>O número de WhatsApp do cliente, escrito de qualquer forma usual; um número sem código do país é considerado do país padrão das Configurações (o Brasil, se não foi alterado). É salvo como um único número internacional.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Reading the account: page %1 of %2, %3 of %4 instances</source>
        <translation>Lendo a conta: página %1 de %2, %3 de %4 instâncias</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Não salva: %1: %2</translation>
    </message>
    <message>
        <source>Sync incomplete: %1 added, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Sincronização incompleta. Adicionadas: %1, atualizadas: %2, inalteradas: %3, com falha: %4.</translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone or removed. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation>A sincronização parou depois de %1 de %2 páginas; o que elas traziam foi salvo. As outras páginas não foram lidas, e nenhuma instância foi marcada como fora da conta nem removida. Execute &apos;partnerdesk-cli sync&apos; de novo para terminar.</translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation>A sincronização parou depois de %1 de %2 páginas; o que elas traziam foi salvo. As outras páginas não foram lidas, e nenhuma instância foi marcada como fora da conta. Execute &apos;partnerdesk-cli sync&apos; de novo para terminar.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone (%5 removed), %6 failed.</source>
        <translation>Sincronização concluída. Adicionadas: %1, atualizadas: %2, inalteradas: %3, fora da conta: %4 (removidas: %5), com falha: %6.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone, %5 failed.</source>
        <translation>Sincronização concluída. Adicionadas: %1, atualizadas: %2, inalteradas: %3, fora da conta: %4, com falha: %5.</translation>
    </message>
    <message>
        <source>No longer in the account: %1</source>
        <translation>Não está mais na conta: %1</translation>
    </message>
    <message>
        <source>Removed from the list: %1 of %2.</source>
        <translation>Removidas da lista: %1 de %2.</translation>
    </message>
    <message>
        <source>Kept in the list; &apos;partnerdesk-cli sync --prune&apos; removes them.</source>
        <translation>Mantidas na lista; &apos;partnerdesk-cli sync --prune&apos; as remove.</translation>
    </message>
    <message>
        <source>Checking the instances: %1 of %2</source>
        <translation>Verificando as instâncias: %1 de %2</translation>
    </message>
    <message>
        <source>The statuses checked before it (%1) are saved in the list.</source>
        <translation>Os status verificados antes disso (%1) foram salvos na lista.</translation>
    </message>
    <message>
        <source>Z-API says</source>
        <translation>Resposta da Z-API</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 connected, %2 not connected, %3 failed.</source>
        <translation>Conectadas: %1, não conectadas: %2, com falha: %3.</translation>
    </message>
    <message>
        <source>No instance could be checked. The first failure: %1</source>
        <translation>Nenhuma instância pôde ser verificada. A primeira falha: %1</translation>
    </message>
    <message>
        <source>The language of the customer&apos;s message: pt_BR, es or en (default: the customer&apos;s language in Settings, Portuguese unless changed).</source>
        <translation>O idioma da mensagem para o cliente: pt_BR, es ou en (padrão: o idioma do cliente nas Configurações, português se não foi alterado).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>Z-API answered with an error, or the network failed</source>
        <translation>a Z-API respondeu com um erro, ou a rede falhou</translation>
    </message>
    <message>
        <source>standard input held no token, or an argument was given</source>
        <translation>a entrada padrão não trouxe nenhum token, ou foi dado um argumento</translation>
    </message>
    <message>
        <source>the keychain, the vault or the instance list failed, or the token is not valid (the message says which)</source>
        <translation>o chaveiro, o cofre ou a lista de instâncias falhou, ou o token não é válido (a mensagem diz qual)</translation>
    </message>
    <message>
        <source>usage error, or NAME matches several instances (they are listed)</source>
        <translation>erro de uso, ou NAME corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation>nenhuma instância se chama NAME, nenhum Client-Token foi definido, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Store your Z-API partner token (for &apos;sync&apos;), read from standard input.</source>
        <translation>Guardar o seu token de parceiro da Z-API (para &apos;sync&apos;), lido da entrada padrão.</translation>
    </message>
    <message>
        <source>Reads the partner (integrator) token of your Z-API account from the first line of standard input,
for example: pass show z-api-partner | partnerdesk-cli partner-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted
vault, and sent only to Z-API&apos;s list of the account&apos;s instances (never with an instance&apos;s requests).</source>
        <translation>Lê o token de parceiro (integrador) da sua conta Z-API da primeira linha da entrada padrão,
por exemplo: pass show z-api-partner | partnerdesk-cli partner-token set
Quando a entrada padrão é um terminal, ele é pedido sem mostrar o que é digitado. Fica guardado no cofre
criptografado do perfil e só é enviado à Z-API para listar as instâncias da conta (nunca junto com as
requisições de uma instância).</translation>
    </message>
    <message>
        <source>Remove the stored partner token.</source>
        <translation>Remover o token de parceiro guardado.</translation>
    </message>
    <message>
        <source>the instance was added</source>
        <translation>a instância foi adicionada</translation>
    </message>
    <message>
        <source>usage error: no NAME, or standard input did not hold the ID and the token</source>
        <translation>erro de uso: falta NAME, ou a entrada padrão não trouxe o ID e o token</translation>
    </message>
    <message>
        <source>the name or the instance ID is already saved, a value is not valid (the phone, the ID, the token), or the keychain, the vault or the instance list failed</source>
        <translation>o nome ou o ID da instância já está salvo, um valor não é válido (o telefone, o ID, o token), ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Change an instance&apos;s name, phone or notes, or its ID and token (from standard input).</source>
        <translation>Alterar o nome, o telefone ou as observações de uma instância, ou o ID e o token dela (pela entrada padrão).</translation>
    </message>
    <message>
        <source>Changes only what is given. --phone &quot;&quot; and --note &quot;&quot; clear the phone and the notes. With
--credentials, reads the new instance ID from the first line of standard input and the new instance
token from the second, as &apos;add&apos; does; nothing else is read from standard input.
NAME is the instance&apos;s name in any case, with or without accents, or enough of its words to pick one.</source>
        <translation>Altera só o que for informado. --phone &quot;&quot; e --note &quot;&quot; apagam o telefone e as observações. Com --credentials,
lê o novo ID da instância da primeira linha da entrada padrão e o novo token da instância da segunda, como
&apos;add&apos; faz; nada mais é lido da entrada padrão.
NAME é o nome da instância, em maiúsculas ou minúsculas, com ou sem acentos, ou palavras suficientes dele
para identificar uma.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>O novo nome.</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way (empty: none).</source>
        <translation>O número de WhatsApp do cliente, escrito de qualquer forma usual (vazio: nenhum).</translation>
    </message>
    <message>
        <source>The new notes (empty: none).</source>
        <translation>As novas observações (vazio: nenhuma).</translation>
    </message>
    <message>
        <source>Read a new instance ID and token from standard input, one a line.</source>
        <translation>Ler um novo ID e token da instância da entrada padrão, um por linha.</translation>
    </message>
    <message>
        <source>the instance was changed</source>
        <translation>a instância foi alterada</translation>
    </message>
    <message>
        <source>usage error: nothing to change, a blank --name, --credentials without the ID and the token on standard input, or NAME matches several instances (they are listed)</source>
        <translation>erro de uso: nada a alterar, --name em branco, --credentials sem o ID e o token na entrada padrão, ou NAME corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>no instance is called NAME, the new name or ID is already saved, a value is not valid, or the keychain, the vault or the instance list failed</source>
        <translation>nenhuma instância se chama NAME, o novo nome ou ID já está salvo, um valor não é válido, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Shows what the instance list keeps: name, phone, last known status, when the last code was made
and the last characters of the instance ID. No secret is read or shown.
--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due,
goneSince}, where status is connected, disconnected or unknown; lastCodeAt, due (the subscription&apos;s
due date, from the last sync) and goneSince (when a sync first found the instance missing from the
account) are milliseconds since 1970 (UTC) or null; paymentStatus is Z-API&apos;s word, or empty.</source>
        <translation>Mostra o que a lista de instâncias guarda: nome, telefone, último status conhecido, quando o último código
foi gerado e os últimos caracteres do ID da instância. Nenhum segredo é lido nem mostrado.
--json exibe um array de {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due, goneSince},
em que status é connected, disconnected ou unknown; lastCodeAt, due (o vencimento da assinatura, segundo a
última sincronização) e goneSince (quando uma sincronização notou pela primeira vez que a instância não
estava mais na conta) são milissegundos desde 1970 (UTC) ou null; paymentStatus é a palavra da Z-API, ou
vazio.</translation>
    </message>
    <message>
        <source>listed (an empty list too)</source>
        <translation>a lista foi exibida (mesmo vazia)</translation>
    </message>
    <message>
        <source>the instance list could not be read</source>
        <translation>não foi possível ler a lista de instâncias</translation>
    </message>
    <message>
        <source>NAME is the instance&apos;s whole name, in any case, with or without accents: as removing cannot be
undone, a few of its words are not enough. Needs no keychain.</source>
        <translation>NAME é o nome completo da instância, em maiúsculas ou minúsculas, com ou sem acentos: como a remoção não
pode ser desfeita, algumas palavras dele não bastam. Não precisa do chaveiro.</translation>
    </message>
    <message>
        <source>the instance was removed</source>
        <translation>a instância foi removida</translation>
    </message>
    <message>
        <source>usage error, or NAME is only part of a name or matches several instances (they are listed)</source>
        <translation>erro de uso, ou NAME é só parte de um nome ou corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>no instance is called NAME, or the instance list could not be changed</source>
        <translation>nenhuma instância se chama NAME, ou não foi possível alterar a lista de instâncias</translation>
    </message>
    <message>
        <source>imported, even when some rows were skipped</source>
        <translation>importado, mesmo que algumas linhas tenham sido ignoradas</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>erro de uso</translation>
    </message>
    <message>
        <source>the file could not be read, every row was skipped, or the keychain, the vault or the instance list failed</source>
        <translation>não foi possível ler o arquivo, todas as linhas foram ignoradas, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account (needs the partner token).</source>
        <translation>Trazer todas as instâncias da sua conta Z-API (requer o token de parceiro).</translation>
    </message>
    <message>
        <source>Reads the account&apos;s list of instances from Z-API, page by page, with the partner token (see
&apos;partnerdesk-cli partner-token set&apos;), and adds or updates each instance by its ID: a new one gets the
account&apos;s name for it, a rotated token is updated, a name you gave is kept. While it runs on a
terminal, standard error shows how far it got. At the end it prints one line: how many instances
were added, updated, unchanged, gone (in the list but no longer in the account) and failed (sent by
Z-API but impossible to store). Standard error names the gone and the failed ones. Gone instances
are kept unless --prune is given. A sync stopped part-way (Z-API or the network failing) keeps the
pages it read, marks nothing as gone, and says how far it got; run it again to finish.
--json prints one line {added, updated, unchanged, gone, failed} (numbers) instead of the summary.</source>
        <translation>Lê da Z-API a lista de instâncias da conta, página por página, com o token de parceiro (veja
&apos;partnerdesk-cli partner-token set&apos;), e adiciona ou atualiza cada instância pelo ID: uma nova recebe o nome
que tem na conta, um token trocado é atualizado, um nome que você deu é mantido. Enquanto roda em um
terminal, a saída de erro padrão mostra o progresso. No fim, exibe uma linha: quantas instâncias foram
adicionadas, atualizadas, inalteradas, fora da conta (na lista, mas não mais na conta) e com falha (enviadas
pela Z-API, mas impossíveis de salvar). A saída de erro padrão cita as que estão fora da conta e as com
falha. As instâncias fora da conta são mantidas, a menos que --prune seja informado. Uma sincronização
interrompida no meio (por falha da Z-API ou da rede) mantém as páginas que leu, não marca nenhuma instância
como fora da conta e diz até onde chegou; execute-a de novo para terminar.
--json exibe uma linha {added, updated, unchanged, gone, failed} (números) em vez do resumo.</translation>
    </message>
    <message>
        <source>Remove the instances no longer in the account (only after a complete sync).</source>
        <translation>Remover as instâncias que não estão mais na conta (só depois de uma sincronização completa).</translation>
    </message>
    <message>
        <source>Print one line of JSON instead of the summary, for scripts.</source>
        <translation>Exibir uma linha de JSON em vez do resumo, para scripts.</translation>
    </message>
    <message>
        <source>every page was read and applied (entries that could not be stored are counted as failed and listed)</source>
        <translation>todas as páginas foram lidas e aplicadas (as entradas que não puderam ser salvas são contadas como falhas e listadas)</translation>
    </message>
    <message>
        <source>stopped part-way: Z-API answered with an error (a rejected partner token included) or the network failed; the pages read before are kept</source>
        <translation>interrompida no meio: a Z-API respondeu com um erro (inclusive um token de parceiro recusado) ou a rede falhou; as páginas lidas antes são mantidas</translation>
    </message>
    <message>
        <source>no partner token is set, or the keychain, the vault or the instance list failed</source>
        <translation>nenhum token de parceiro foi definido, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Ask Z-API whether an instance&apos;s WhatsApp is connected, or every instance&apos;s (--all).</source>
        <translation>Perguntar à Z-API se o WhatsApp de uma instância está conectado, ou o de todas (--all).</translation>
    </message>
    <message>
        <source>Prints &quot;Connected&quot; or &quot;Not connected&quot; for the instance called NAME, with Z-API&apos;s own message when
it sends one, and records the answer in the instance list (the status column of &apos;list&apos;).
Exits with 0 whether the instance is connected or not: the question was answered. Any other exit
code means it could not be asked.
--all asks for every instance, at most 4 requests at a time, shows how far it got on a terminal,
and prints a table (name, status, Z-API&apos;s message or why that instance failed) and a summary
line. An instance that fails (its ID or token rejected, a timeout) fails in its own row; the check
goes on. A failure that would hit every instance (no Client-Token) stops it.
--json prints one line {instance, connected, smartphoneConnected, message}; with --all, an array
of {name, status, connected, message} in name order, where status is connected, disconnected or
unknown, connected is true, false or null, and a failed instance also has &quot;error&quot; (why).</source>
        <translation>Exibe &quot;Conectado&quot; ou &quot;Não conectado&quot; para a instância chamada NAME, com a própria mensagem da Z-API quando
ela envia uma, e registra a resposta na lista de instâncias (a coluna de status de &apos;list&apos;).
Sai com 0 quer a instância esteja conectada ou não: a pergunta foi respondida. Qualquer outro código de
saída significa que não foi possível perguntar.
--all pergunta por todas as instâncias, no máximo 4 requisições por vez, mostra o progresso em um terminal e
exibe uma tabela (nome, status, mensagem da Z-API ou por que aquela instância falhou) e uma linha de resumo.
Uma instância que falha (ID ou token recusado, tempo esgotado) falha só na sua própria linha; a verificação
continua. Uma falha que atingiria todas as instâncias (sem Client-Token) interrompe a verificação.
--json exibe uma linha {instance, connected, smartphoneConnected, message}; com --all, um array de {name,
status, connected, message} em ordem de nome, em que status é connected, disconnected ou unknown, connected
é true, false ou null, e uma instância com falha também tem &quot;error&quot; (o motivo).</translation>
    </message>
    <message>
        <source>Every instance of the profile, instead of NAME.</source>
        <translation>Todas as instâncias do perfil, em vez de NAME.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Exibir JSON em vez de texto, para scripts.</translation>
    </message>
    <message>
        <source>answered, connected or not; with --all, at least one instance answered (the rows of the others say why they failed), or there are none</source>
        <translation>respondido, conectada ou não; com --all, pelo menos uma instância respondeu (as linhas das outras dizem por que falharam), ou não há nenhuma</translation>
    </message>
    <message>
        <source>Z-API answered with an error or the network failed (with --all: for every instance)</source>
        <translation>a Z-API respondeu com um erro ou a rede falhou (com --all: para todas as instâncias)</translation>
    </message>
    <message>
        <source>usage error (NAME and --all together, or neither), or NAME matches several instances (they are listed)</source>
        <translation>erro de uso (NAME e --all juntos, ou nenhum dos dois), ou NAME corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>Asks Z-API for a new code for the instance called NAME (any case) and prints it with how long it is
valid (about 5 minutes; run the command again for a new one). The customer installs the Z-API Conector
extension in Chrome (https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), opens
https://web.whatsapp.com/ with the number to connect, clicks the extension&apos;s icon and types the code.
Then &apos;partnerdesk-cli status NAME&apos; tells whether WhatsApp is linked; &apos;partnerdesk-cli message NAME&apos;
prints a ready-to-send message for the customer instead.
--json prints one line {instance, code, expiresAt, secondsLeft}: expiresAt is milliseconds since 1970
(UTC) on Z-API&apos;s clock, as Z-API sent it; secondsLeft is counted on this computer&apos;s clock, corrected
for the difference between the two.</source>
        <translation>Pede à Z-API um novo código para a instância chamada NAME (maiúsculas ou minúsculas) e o exibe com o tempo
de validade (cerca de 5 minutos; execute o comando de novo para ter outro). O cliente instala a extensão
Z-API Conector no Chrome (https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), abre
https://web.whatsapp.com/ com o número que será conectado, clica no ícone da extensão e digita o código.
Depois, &apos;partnerdesk-cli status NAME&apos; diz se o WhatsApp está conectado; &apos;partnerdesk-cli message NAME&apos;
exibe, em vez do código, uma mensagem pronta para enviar ao cliente.
--json exibe uma linha {instance, code, expiresAt, secondsLeft}: expiresAt são milissegundos desde 1970
(UTC) no relógio da Z-API, como a Z-API enviou; secondsLeft é contado no relógio deste computador, corrigido
pela diferença entre os dois.</translation>
    </message>
    <message>
        <source>the code was printed</source>
        <translation>o código foi exibido</translation>
    </message>
    <message>
        <source>Print a ready-to-send message for the customer, with a fresh extension connection code.</source>
        <translation>Exibir uma mensagem pronta para enviar ao cliente, com um novo código de conexão da extensão.</translation>
    </message>
    <message>
        <source>Asks Z-API for a new extension connection code for the instance called NAME, as &apos;code&apos; does, and
prints only the message the customer needs: the code, how long it is still valid, the link to the
Z-API Conector extension, https://web.whatsapp.com/ and the four steps. It is written in the
customer&apos;s language, whatever language the command line speaks: --lang, or Settings&apos; choice.
For example: partnerdesk-cli message &quot;Padaria Pão de Mel&quot; --lang es | xclip -selection clipboard</source>
        <translation>Pede à Z-API um novo código de conexão da extensão para a instância chamada NAME, como &apos;code&apos; faz, e exibe
só a mensagem de que o cliente precisa: o código, por quanto tempo ele ainda vale, o link da extensão
Z-API Conector, https://web.whatsapp.com/ e os quatro passos. Ela é escrita no idioma do cliente, seja qual
for o idioma da linha de comando: --lang, ou a escolha das Configurações.
Por exemplo: partnerdesk-cli message &quot;Padaria Pão de Mel&quot; --lang es | xclip -selection clipboard</translation>
    </message>
    <message>
        <source>the message was printed</source>
        <translation>a mensagem foi exibida</translation>
    </message>
    <message>
        <source>usage error (a --lang that is not pt_BR, es or en), or NAME matches several instances (they are listed)</source>
        <translation>erro de uso (um --lang que não é pt_BR, es nem en), ou NAME corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>Save the QR code the customer scans to link WhatsApp, as a PNG file.</source>
        <translation>Salvar como arquivo PNG o QR Code que o cliente escaneia para conectar o WhatsApp.</translation>
    </message>
    <message>
        <source>Asks Z-API for the instance&apos;s QR code and writes it to the file --out names, readable by you only
(whoever scans it links their WhatsApp to the instance). The customer scans it in WhatsApp: Linked
devices, Link a device. WhatsApp changes the code about every 20 seconds: send it at once, and run
the command again for a fresh one. An existing file is left alone unless --force is given; then it
is replaced (a symbolic link is replaced itself: what it points to is never written).</source>
        <translation>Pede à Z-API o QR Code da instância e o grava no arquivo indicado em --out, legível só por você (quem o
escanear conecta o próprio WhatsApp à instância). O cliente o escaneia no WhatsApp: Aparelhos conectados,
Conectar um aparelho. O WhatsApp troca o código a cada 20 segundos, mais ou menos: envie-o na hora e execute
o comando de novo para ter um novo. Um arquivo existente não é tocado, a menos que --force seja informado;
nesse caso ele é substituído (um link simbólico é substituído ele mesmo: o arquivo para onde ele aponta
nunca é gravado).</translation>
    </message>
    <message>
        <source>Where to write the PNG image (required).</source>
        <translation>Onde gravar a imagem PNG (obrigatório).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Substituir o arquivo se ele existir.</translation>
    </message>
    <message>
        <source>the QR code was written</source>
        <translation>o QR Code foi gravado</translation>
    </message>
    <message>
        <source>usage error (no --out, or its file exists and --force was not given, or it is a folder), or NAME matches several instances (they are listed)</source>
        <translation>erro de uso (sem --out, ou o arquivo dele existe e --force não foi informado, ou é uma pasta), ou NAME corresponde a várias instâncias (elas são listadas)</translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, the file could not be written, or the keychain, the vault or the instance list failed</source>
        <translation>nenhuma instância se chama NAME, nenhum Client-Token foi definido, não foi possível gravar o arquivo, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>Get the code the customer types in WhatsApp to link it with their phone number.</source>
        <translation>Obter o código que o cliente digita no WhatsApp para conectá-lo pelo número de telefone.</translation>
    </message>
    <message>
        <source>Asks Z-API for a phone-number code for the instance called NAME, for the phone number saved with it
(set one with &apos;partnerdesk-cli edit NAME --phone NUMBER&apos;). Prints the code, then a ready-to-send
message for the customer in their language (--lang, or Settings&apos; choice): on the phone with
WhatsApp, Linked devices, Link a device, Link with phone number instead, and type the code.
--json prints one line {instance, phone, code, message}; phone is the international number used.</source>
        <translation>Pede à Z-API um código por número de telefone para a instância chamada NAME, para o número salvo com ela
(defina um com &apos;partnerdesk-cli edit NAME --phone NUMBER&apos;). Exibe o código e depois uma mensagem pronta para
enviar ao cliente, no idioma dele (--lang, ou a escolha das Configurações): no celular com o WhatsApp,
Aparelhos conectados, Conectar um aparelho, Conectar com número de telefone, e digitar o código.
--json exibe uma linha {instance, phone, code, message}; phone é o número internacional usado.</translation>
    </message>
    <message>
        <source>no instance is called NAME, it has no phone number (or one that cannot be a WhatsApp number), no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation>nenhuma instância se chama NAME, ela não tem número de telefone (ou tem um que não pode ser de WhatsApp), nenhum Client-Token foi definido, ou o chaveiro, o cofre ou a lista de instâncias falhou</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only part of the name &quot;%2&quot;. &apos;%3&apos; needs the whole name (in any case, accents optional), as it cannot be undone.</source>
        <translation>&quot;%1&quot; é só parte do nome &quot;%2&quot;. &apos;%3&apos; precisa do nome completo (em maiúsculas ou minúsculas, acentos opcionais), porque não pode ser desfeito.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n instances. Give more of the name, or the whole name, of one of them:</source>
        <translation>
            <numerusform>&quot;%1&quot; corresponde a %n instância. Informe mais do nome, ou o nome completo:</numerusform>
            <numerusform>&quot;%1&quot; corresponde a %n instâncias. Informe mais do nome, ou o nome completo, de uma delas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  e mais %n</numerusform>
            <numerusform>  e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner token: </source>
        <translation>Token de parceiro: </translation>
    </message>
    <message>
        <source>Standard input held no partner token; it is read from the first line.</source>
        <translation>A entrada padrão não trouxe nenhum token de parceiro; ele é lido da primeira linha.</translation>
    </message>
    <message>
        <source>Partner token saved.</source>
        <translation>Token de parceiro salvo.</translation>
    </message>
    <message>
        <source>Partner token removed.</source>
        <translation>Token de parceiro removido.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --phone, --note or --credentials.</source>
        <translation>Nada a alterar: informe --name, --phone, --note ou --credentials.</translation>
    </message>
    <message>
        <source>With --credentials, standard input must hold the new instance ID on the first line and the new instance token on the second.</source>
        <translation>Com --credentials, a entrada padrão deve ter o novo ID da instância na primeira linha e o novo token da instância na segunda.</translation>
    </message>
    <message>
        <source>Updated %1 (was %2).</source>
        <translation>Instância atualizada: %1 (antes: %2).</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Instância atualizada: %1.</translation>
    </message>
    <message>
        <source>--lang: the customer&apos;s message can be written in %1, not &quot;%2&quot;.</source>
        <translation>--lang: a mensagem para o cliente pode ser escrita em %1, não em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give NAME or --all, not both.</source>
        <translation>Informe NAME ou --all, não os dois.</translation>
    </message>
    <message>
        <source>Missing NAME for &quot;status&quot; (or --all for every instance).</source>
        <translation>Falta NAME para &quot;status&quot; (ou --all para todas as instâncias).</translation>
    </message>
    <message>
        <source>Say where to write the QR code: --out FILE.png.</source>
        <translation>Diga onde gravar o QR Code: --out FILE.png.</translation>
    </message>
    <message>
        <source>--out: %1 is a folder; name the file to write.</source>
        <translation>--out: %1 é uma pasta; indique o arquivo a gravar.</translation>
    </message>
    <message>
        <source>--out: %1 already exists. Choose another name, or add --force to replace it.</source>
        <translation>--out: %1 já existe. Escolha outro nome, ou acrescente --force para substituí-lo.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Não foi possível substituir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Saved the QR code of %1 to %2. The customer scans it in WhatsApp (Linked devices, Link a device) at once: it changes about every 20 seconds.</source>
        <translation>QR Code de %1 salvo em %2. O cliente deve escaneá-lo no WhatsApp (Aparelhos conectados, Conectar um aparelho) na hora: ele muda a cada 20 segundos, mais ou menos.</translation>
    </message>
    <message>
        <source>%1 has no phone number, and the code is made for the customer&apos;s number. Save it first: partnerdesk-cli edit &quot;%1&quot; --phone NUMBER</source>
        <translation>%1 não tem número de telefone, e o código é gerado para o número do cliente. Salve o número primeiro: partnerdesk-cli edit &quot;%1&quot; --phone NUMBER</translation>
    </message>
    <message>
        <source>For %1: the customer types it in WhatsApp (Linked devices, Link a device, Link with phone number instead) at once. The message for them:</source>
        <translation>Para %1: o cliente deve digitá-lo no WhatsApp (Aparelhos conectados, Conectar um aparelho, Conectar com número de telefone) na hora. A mensagem para ele:</translation>
    </message>
    <message>
        <source>Bring back the credentials that starting over kept aside.</source>
        <translation>Recuperar as credenciais que o recomeço guardou à parte.</translation>
    </message>
    <message>
        <source>When the saved credentials could not be opened and you started over, Partner Desk kept a copy of the
profile&apos;s database (partnerdesk.db.unreadable-DATE, in the profile&apos;s folder) and, under the same
date, the key the system keychain held then. Without COPY, lists those copies, newest first.
With COPY (its name or its date, as listed), opens it with the key kept for it and saves again, with
today&apos;s key, what is missing now: the ID and token of each instance still listed that has none, and
the Client-Token and partner token if they are not set. Whatever was entered since is kept. The
copy and the kept key are left as they are, so this can be run again.</source>
        <translation>Quando as credenciais salvas não puderam ser abertas e você recomeçou, o Partner Desk guardou uma cópia do
banco de dados do perfil (partnerdesk.db.unreadable-DATA, na pasta do perfil) e, com a mesma data, a
chave que o chaveiro do sistema tinha naquele momento. Sem COPY, lista essas cópias, da mais recente
para a mais antiga. Com COPY (o nome ou a data, como listados), abre a cópia com a chave guardada para
ela e salva de novo, com a chave de hoje, o que falta agora: o ID e o token de cada instância ainda
listada que não tem nenhum, e o Client-Token e o token de parceiro se não estiverem definidos. O que foi
digitado depois é mantido. A cópia e a chave guardada ficam como estão, então isto pode ser feito de novo.</translation>
    </message>
    <message>
        <source>listed, or brought back (also when nothing was missing any more)</source>
        <translation>listadas, ou recuperadas (também quando não faltava mais nada)</translation>
    </message>
    <message>
        <source>usage error, or no copy is called COPY (the copies are listed)</source>
        <translation>erro de uso, ou nenhuma cópia se chama COPY (as cópias são listadas)</translation>
    </message>
    <message>
        <source>no key was kept for COPY or it does not open it, or the keychain, the vault or the instance list failed (the message says which)</source>
        <translation>nenhuma chave foi guardada para COPY ou ela não a abre, ou o chaveiro, o cofre ou a lista de instâncias falhou (a mensagem diz qual)</translation>
    </message>
    <message>
        <source>No copy was kept aside in this profile: it was never started over.</source>
        <translation>Nenhuma cópia foi guardada à parte neste perfil: ele nunca foi recomeçado.</translation>
    </message>
    <message>
        <source>Copies kept aside when this profile was started over, newest first:</source>
        <translation>Cópias guardadas à parte quando este perfil foi recomeçado, da mais recente para a mais antiga:</translation>
    </message>
    <message>
        <source>Bring one back with: partnerdesk-cli recover COPY</source>
        <translation>Recupere uma com: partnerdesk-cli recover COPY</translation>
    </message>
    <message>
        <source>No copy kept aside is called &quot;%1&quot;. The copies are:</source>
        <translation>Nenhuma cópia guardada à parte se chama &quot;%1&quot;. As cópias são:</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConnectDialog</name>
    <message>
        <source>Connect WhatsApp</source>
        <translation>Conectar WhatsApp</translation>
    </message>
    <message>
        <source>Connect WhatsApp — %1</source>
        <translation>Conectar WhatsApp — %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to link WhatsApp…</source>
        <translation>Aguardando o cliente conectar o WhatsApp…</translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation>Obtendo um novo código…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in %n s</source>
        <translation>
            <numerusform>Atualiza em %n s</numerusform>
            <numerusform>Atualiza em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expira em %n s</numerusform>
            <numerusform>Expira em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected. Trying again in %n s.</source>
        <translation>
            <numerusform>Não foi possível verificar se o WhatsApp está conectado. Nova tentativa em %n s.</numerusform>
            <numerusform>Não foi possível verificar se o WhatsApp está conectado. Nova tentativa em %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Não foi possível verificar se o WhatsApp está conectado: %1 Nova tentativa em %n s.</numerusform>
            <numerusform>Não foi possível verificar se o WhatsApp está conectado: %1 Nova tentativa em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation>WhatsApp conectado: %1</translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation>Soletrado: %1</translation>
    </message>
    <message>
        <source>The code, spelled out: %1. The customer types it in WhatsApp.</source>
        <translation>O código, soletrado: %1. O cliente digita este código no WhatsApp.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n s</source>
        <translation>
            <numerusform>&amp;Tentar novamente em %n s</numerusform>
            <numerusform>&amp;Tentar novamente em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation>Mostrar &amp;novo QR Code</translation>
    </message>
    <message numerus="yes">
        <source>Show a &amp;new QR code in %n s</source>
        <translation>
            <numerusform>Mostrar &amp;novo QR Code em %n s</numerusform>
            <numerusform>Mostrar &amp;novo QR Code em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Gerar código</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Get code in %n s</source>
        <translation>
            <numerusform>&amp;Gerar código em %n s</numerusform>
            <numerusform>&amp;Gerar código em %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CopiedFeedback</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvImport</name>
    <message>
        <source>it is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>não é texto UTF-8. Salve-o como &quot;CSV UTF-8&quot; e tente novamente.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vazio.</translation>
    </message>
    <message>
        <source>the first row must name the columns name, instance_id and instance_token (phone and notes are optional).</source>
        <translation>a primeira linha deve trazer os nomes das colunas name, instance_id e instance_token (phone e notes são opcionais).</translation>
    </message>
    <message>
        <source>it has more fields than the header; check for an unquoted separator</source>
        <translation>tem mais campos que o cabeçalho; verifique se há um separador fora de aspas</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>o nome está vazio</translation>
    </message>
    <message>
        <source>the instance ID is empty</source>
        <translation>o ID da instância está vazio</translation>
    </message>
    <message>
        <source>the instance ID has characters Z-API does not use</source>
        <translation>o ID da instância tem caracteres que a Z-API não usa</translation>
    </message>
    <message>
        <source>the instance token is empty</source>
        <translation>o token da instância está vazio</translation>
    </message>
    <message>
        <source>the instance token has characters Z-API does not use</source>
        <translation>o token da instância tem caracteres que a Z-API não usa</translation>
    </message>
    <message>
        <source>the same instance ID is already on line %1</source>
        <translation>o mesmo ID de instância já está na linha %1</translation>
    </message>
    <message>
        <source>the same name is already on line %1</source>
        <translation>o mesmo nome já está na linha %1</translation>
    </message>
    <message>
        <source>it is larger than 64 MiB.</source>
        <translation>tem mais de 64 MiB.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket).</source>
        <translation>não é um arquivo comum (é um dispositivo, um pipe ou um socket).</translation>
    </message>
    <message>
        <source>it changed while it was being read. Wait until it has been saved, then import it again.</source>
        <translation>ele mudou enquanto era lido. Espere até que tenha sido salvo e importe-o de novo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Database</name>
    <message>
        <source>another Partner Desk is saving</source>
        <translation>outro Partner Desk está salvando</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 já existe</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>Dem&amp;onstração</translation>
    </message>
    <message>
        <source>Customer &amp;connects now</source>
        <translation>Cliente &amp;conecta agora</translation>
    </message>
    <message>
        <source>Demo only: the selected customer connects WhatsApp, as if they had typed the code or scanned the QR code. Their open window turns to success.</source>
        <translation>Só na demonstração: o cliente selecionado conecta o WhatsApp, como se tivesse digitado o código ou escaneado o QR Code. A janela aberta dele passa a mostrar a conexão concluída.</translation>
    </message>
    <message>
        <source>Customer &amp;disconnects</source>
        <translation>Cliente &amp;desconecta</translation>
    </message>
    <message>
        <source>Demo only: the selected customer&apos;s WhatsApp disconnects. Partner Desk finds out the next time it checks.</source>
        <translation>Só na demonstração: o WhatsApp do cliente selecionado se desconecta. O Partner Desk percebe isso na próxima verificação.</translation>
    </message>
    <message>
        <source>Code expires &amp;soon</source>
        <translation>Código expira em &amp;breve</translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the last minute of the selected customer&apos;s extension code.</source>
        <translation>Só na demonstração: avança para o último minuto do código da extensão do cliente selecionado.</translation>
    </message>
    <message>
        <source>Code &amp;expires now</source>
        <translation>Código &amp;expira agora</translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the moment the selected customer&apos;s extension code expires.</source>
        <translation>Só na demonstração: avança até o momento em que o código da extensão do cliente selecionado expira.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DesktopAttention</name>
    <message>
        <source>The customer connected WhatsApp.</source>
        <translation>O cliente conectou o WhatsApp.</translation>
    </message>
    <message>
        <source>The connection code expires in less than a minute.</source>
        <translation>O código de conexão expira em menos de um minuto.</translation>
    </message>
    <message>
        <source>The connection code expired; generate a new one.</source>
        <translation>O código de conexão expirou; gere um novo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Profile names may contain only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation>O nome do perfil só pode ter letras, dígitos, &apos;-&apos; e &apos;_&apos; (no máximo 64).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL. Check it in Settings (the default is https://api.z-api.io).</source>
        <translation>O endereço da API não é uma URL válida. Verifique-o em Configurações (o padrão é https://api.z-api.io).</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is allowed only for this computer). Check it in Settings.</source>
        <translation>O endereço da API deve usar https:// (http:// sem criptografia só é permitido para este computador). Verifique-o em Configurações.</translation>
    </message>
    <message>
        <source>The instance ID may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation>O ID da instância só pode ter letras, dígitos, &apos;-&apos; e &apos;_&apos;. Copie-o de novo do painel da Z-API.</translation>
    </message>
    <message>
        <source>The instance token may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation>O token da instância só pode ter letras, dígitos, &apos;-&apos; e &apos;_&apos;. Copie-o de novo do painel da Z-API.</translation>
    </message>
    <message>
        <source>The Client-Token may not contain spaces or control characters. Copy it again from the Security tab of your Z-API account.</source>
        <translation>O Client-Token não pode ter espaços nem caracteres de controle. Copie-o de novo da aba Segurança da sua conta Z-API.</translation>
    </message>
    <message>
        <source>Another instance is already called &quot;%1&quot;. Choose a different name.</source>
        <translation>Já existe outra instância chamada &quot;%1&quot;. Escolha outro nome.</translation>
    </message>
    <message>
        <source>There is no instance called &quot;%1&quot;.</source>
        <translation>Não existe nenhuma instância chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This instance&apos;s ID and token are not in the vault. Edit the instance and enter them again.</source>
        <translation>O ID e o token desta instância não estão no cofre. Edite a instância e digite-os de novo.</translation>
    </message>
    <message>
        <source>No system keychain is available, so credentials cannot be stored safely. On Linux, install and start GNOME Keyring or KWallet (a Secret Service provider); nothing is ever stored in plain text.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então as credenciais não podem ser guardadas com segurança. No Linux, instale e inicie o GNOME Keyring ou o KWallet (um provedor do Secret Service); nada é guardado em texto puro, nunca.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Make sure it is running and unlocked, then try again.</source>
        <translation>O chaveiro do sistema informou um erro. Verifique se ele está em execução e desbloqueado e tente novamente.</translation>
    </message>
    <message>
        <source>The credential vault could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation>Não foi possível salvar o cofre de credenciais (%1). Nada foi alterado; verifique o espaço em disco e as permissões e tente novamente.</translation>
    </message>
    <message>
        <source>The instance list was damaged and could not be read. It was kept aside as %1; Partner Desk started with an empty list.</source>
        <translation>A lista de instâncias estava danificada e não pôde ser lida. Ela foi guardada à parte como %1; o Partner Desk começou com uma lista vazia.</translation>
    </message>
    <message>
        <source>The instance list could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation>Não foi possível salvar a lista de instâncias (%1). Nada foi alterado; verifique o espaço em disco e as permissões e tente novamente.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>Z-API requires your account&apos;s Client-Token. Set it in Settings (find it in the Security tab of your Z-API account).</source>
        <translation>A Z-API exige o Client-Token da sua conta. Defina-o em Configurações (ele está na aba Segurança da sua conta Z-API).</translation>
    </message>
    <message>
        <source>Z-API rejected the Client-Token. Copy it again from the Security tab of your Z-API account and update it in Settings.</source>
        <translation>A Z-API recusou o Client-Token. Copie-o de novo da aba Segurança da sua conta Z-API e atualize-o em Configurações.</translation>
    </message>
    <message>
        <source>Z-API does not know this instance ID and token. Check them in the Z-API dashboard and edit the instance.</source>
        <translation>A Z-API não reconhece este ID e token de instância. Confira-os no painel da Z-API e edite a instância.</translation>
    </message>
    <message numerus="yes">
        <source>Z-API is receiving too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>A Z-API está recebendo requisições demais. Tente novamente em %n segundo.</numerusform>
            <numerusform>A Z-API está recebendo requisições demais. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Z-API is receiving too many requests. Wait a moment and try again.</source>
        <translation>A Z-API está recebendo requisições demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Z-API had a problem answering (HTTP %1). Try again in a moment; if it persists, check Z-API&apos;s status page.</source>
        <translation>A Z-API teve um problema ao responder (HTTP %1). Tente novamente daqui a pouco; se persistir, consulte a página de status da Z-API.</translation>
    </message>
    <message>
        <source>Z-API answered with an unexpected status (HTTP %1). Try again; if it persists, check the API address in Settings.</source>
        <translation>A Z-API respondeu com um status inesperado (HTTP %1). Tente novamente; se persistir, verifique o endereço da API em Configurações.</translation>
    </message>
    <message>
        <source>Z-API did not answer in time. Check your internet connection and try again, or raise the timeout in Settings.</source>
        <translation>A Z-API não respondeu a tempo. Verifique sua conexão com a internet e tente novamente, ou aumente o tempo limite em Configurações.</translation>
    </message>
    <message>
        <source>The Z-API server could not be found. Check your internet connection and the API address in Settings.</source>
        <translation>O servidor da Z-API não foi encontrado. Verifique sua conexão com a internet e o endereço da API em Configurações.</translation>
    </message>
    <message>
        <source>Could not connect to Z-API. Check your internet connection, proxy or firewall and try again.</source>
        <translation>Não foi possível conectar à Z-API. Verifique sua conexão com a internet, o proxy ou o firewall e tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection to Z-API could not be verified, so nothing was sent. Check the computer&apos;s date and time and any proxy that inspects HTTPS traffic.</source>
        <translation>Não foi possível verificar a conexão segura com a Z-API, então nada foi enviado. Verifique a data e a hora do computador e qualquer proxy que inspecione o tráfego HTTPS.</translation>
    </message>
    <message>
        <source>The server tried to send the request to another address. It was stopped so your credentials stay with Z-API. Check the API address in Settings.</source>
        <translation>O servidor tentou enviar a requisição para outro endereço. Ela foi bloqueada para que suas credenciais não saiam da Z-API. Verifique o endereço da API em Configurações.</translation>
    </message>
    <message>
        <source>Z-API&apos;s answer was far larger than expected and was discarded. Try again; if it persists, check the API address in Settings.</source>
        <translation>A resposta da Z-API era muito maior que o esperado e foi descartada. Tente novamente; se persistir, verifique o endereço da API em Configurações.</translation>
    </message>
    <message>
        <source>Z-API&apos;s answer could not be understood. Try again; if it persists, check the API address in Settings.</source>
        <translation>Não foi possível entender a resposta da Z-API. Tente novamente; se persistir, verifique o endereço da API em Configurações.</translation>
    </message>
    <message>
        <source>Z-API sent a code that has already expired. Generate a new code; if it happens again, check this computer&apos;s clock.</source>
        <translation>A Z-API enviou um código que já expirou. Gere um novo código; se acontecer de novo, verifique o relógio deste computador.</translation>
    </message>
    <message>
        <source>Give the instance a name (at most 200 characters), so you can find it later.</source>
        <translation>Dê um nome à instância (no máximo 200 caracteres) para encontrá-la depois.</translation>
    </message>
    <message>
        <source>This instance ID is already saved as &quot;%1&quot;. Edit that instance instead of adding it again.</source>
        <translation>Este ID de instância já está salvo como &quot;%1&quot;. Edite essa instância em vez de adicioná-la de novo.</translation>
    </message>
    <message>
        <source>The instance no longer exists; it may have been removed in another Partner Desk window or from the command line.</source>
        <translation>A instância não existe mais; ela pode ter sido removida em outra janela do Partner Desk ou pela linha de comando.</translation>
    </message>
    <message>
        <source>The instance list could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation>Não foi possível ler a lista de instâncias (%1). Verifique as permissões da pasta de dados do Partner Desk; nada foi alterado.</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access. Unlock your keyring (or allow Partner Desk when asked) and try again; nothing was changed.</source>
        <translation>O chaveiro do sistema está bloqueado ou não permitiu o acesso. Desbloqueie o seu chaveiro (ou permita o acesso do Partner Desk quando for solicitado) e tente novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. If it is asking for your password, unlock it; otherwise log out and in again to restart it. Then try again; nothing was changed.</source>
        <translation>O chaveiro do sistema não respondeu. Se ele estiver pedindo sua senha, desbloqueie-o; caso contrário, saia da sessão e entre de novo para reiniciá-lo. Depois, tente novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>The credential vault could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation>Não foi possível ler o cofre de credenciais (%1). Verifique as permissões da pasta de dados do Partner Desk; nada foi alterado.</translation>
    </message>
    <message>
        <source>The key that protects your saved credentials is no longer in the system keychain, so they cannot be read. Starting over keeps the old vault aside; then enter or import the credentials again.</source>
        <translation>A chave que protege suas credenciais salvas não está mais no chaveiro do sistema, então elas não podem ser lidas. Recomeçar guarda o cofre antigo à parte; depois digite ou importe as credenciais de novo.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Partner Desk, which this version cannot read. Install the newer version; the profile was left as it is.</source>
        <translation>Este perfil foi salvo por uma versão mais nova do Partner Desk, que esta versão não consegue ler. Instale a versão mais nova; o perfil foi deixado como estava.</translation>
    </message>
    <message>
        <source>This instance&apos;s saved ID and token could not be read: they were changed outside Partner Desk. Edit the instance and enter them again; nothing else is affected.</source>
        <translation>O ID e o token salvos desta instância não puderam ser lidos: foram alterados fora do Partner Desk. Edite a instância e digite-os de novo; nada mais é afetado.</translation>
    </message>
    <message>
        <source>The saved Client-Token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the Security tab of your Z-API account).</source>
        <translation>O Client-Token salvo não pôde ser lido: foi alterado fora do Partner Desk. Defina-o de novo em Configurações (ele está na aba Segurança da sua conta Z-API).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number with the area code, e.g. (11) 98765-4321; a number from another country starts with + and its country code.</source>
        <translation>Digite o número de WhatsApp do cliente com o DDD, ex.: (11) 98765-4321; um número de outro país começa com + e o código do país.</translation>
    </message>
    <message>
        <source>No country has the calling code at the start of %1. Check the digits after the +, or leave out the + for a number in the default country (Settings).</source>
        <translation>Nenhum país tem o código que está no início de %1. Confira os dígitos depois do + ou, para um número do país padrão (Configurações), digite-o sem o +.</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number. Check that the area code and every digit are there.</source>
        <translation>%1 é curto demais para um número de telefone. Confira se o DDD e todos os dígitos estão presentes.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number. Check for an extra digit; a number from another country starts with + and its country code.</source>
        <translation>%1 é longo demais para um número de telefone. Veja se há algum dígito a mais; um número de outro país começa com + e o código do país.</translation>
    </message>
    <message>
        <source>%1 is not a phone number in that country&apos;s numbering plan. Check the area code and the digits; a number from another country starts with + and its country code.</source>
        <translation>%1 não é um número de telefone válido no plano de numeração desse país. Confira o DDD e os dígitos; um número de outro país começa com + e o código do país.</translation>
    </message>
    <message>
        <source>%1 has an extension, which a WhatsApp number never has. Enter the number without it.</source>
        <translation>%1 tem ramal, e um número de WhatsApp nunca tem ramal. Digite o número sem ele.</translation>
    </message>
    <message>
        <source>%1 is a toll-free, premium-rate or other service number, which cannot have WhatsApp. Enter the customer&apos;s mobile or landline number.</source>
        <translation>%1 é um número gratuito, de tarifa especial ou de outro serviço, que não pode ter WhatsApp. Digite o número de celular ou de telefone fixo do cliente.</translation>
    </message>
    <message>
        <source>The partner token may not contain spaces or control characters. Copy it again from the partner (integrator) area of your Z-API account.</source>
        <translation>O token de parceiro não pode ter espaços nem caracteres de controle. Copie-o de novo da área de parceiro (integrador) da sua conta Z-API.</translation>
    </message>
    <message>
        <source>The saved partner token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the partner area of your Z-API account).</source>
        <translation>O token de parceiro salvo não pôde ser lido: foi alterado fora do Partner Desk. Defina-o de novo em Configurações (ele está na área de parceiro da sua conta Z-API).</translation>
    </message>
    <message>
        <source>Syncing the account needs your Z-API partner token. Set it in Settings (find it in the partner area of your Z-API account).</source>
        <translation>Para sincronizar a conta, é preciso o seu token de parceiro da Z-API. Defina-o em Configurações (ele está na área de parceiro da sua conta Z-API).</translation>
    </message>
    <message>
        <source>Z-API rejected the partner token. Copy it again from the partner area of your Z-API account and update it in Settings.</source>
        <translation>A Z-API recusou o token de parceiro. Copie-o de novo da área de parceiro da sua conta Z-API e atualize-o em Configurações.</translation>
    </message>
    <message>
        <source>This instance&apos;s Z-API subscription has expired, so it cannot be used until it is renewed. Renew it in the Z-API dashboard.</source>
        <translation>A assinatura Z-API desta instância expirou, então ela não pode ser usada até ser renovada. Renove-a no painel da Z-API.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: Windows keeps it for a device (as it does CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, in any case). Choose another name.</source>
        <translation>&quot;%1&quot; não pode ser nome de perfil: o Windows reserva esse nome para um dispositivo (como CON, PRN, AUX, NUL, COM1 a COM9 e LPT1 a LPT9, em maiúsculas ou minúsculas). Escolha outro nome.</translation>
    </message>
    <message>
        <source>There are profiles spelled %1, which Windows and macOS cannot tell apart. Give the profile name with exactly the capital letters of the one you mean.</source>
        <translation>Há perfis escritos como %1, que o Windows e o macOS não distinguem. Informe o nome do perfil com exatamente as maiúsculas daquele que você quer.</translation>
    </message>
    <message>
        <source>Partner Desk did not open %1: it is a symbolic link or another special file where Partner Desk keeps its own files, and nothing was written through it. Move it away and start Partner Desk again.</source>
        <translation>O Partner Desk não abriu %1: é um link simbólico ou outro arquivo especial no lugar onde o Partner Desk guarda os próprios arquivos, e nada foi gravado por meio dele. Mova-o para outro lugar e abra o Partner Desk de novo.</translation>
    </message>
    <message>
        <source>The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside, and the key in the system keychain beside it; then enter or import the credentials again.</source>
        <translation>O cofre de credenciais está danificado ou foi alterado fora do Partner Desk, então não pode ser aberto. Recomeçar guarda o cofre à parte, e a chave do chaveiro do sistema junto com ele; depois digite ou importe as credenciais de novo.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for this profile holds %1 bytes, not the 32-byte key Partner Desk made, so it was changed by another program or by hand and cannot open your saved credentials. Starting over keeps that entry under a dated name and the vault aside; then enter or import the credentials again.</source>
        <translation>A entrada do chaveiro do sistema para este perfil tem %1 bytes, e não a chave de 32 bytes que o Partner Desk criou: ela foi alterada por outro programa ou à mão e não abre suas credenciais salvas. Recomeçar guarda essa entrada com um nome datado e o cofre à parte; depois digite ou importe as credenciais de novo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code — %1</source>
        <translation>Código de conexão da extensão — %1</translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation>WhatsApp conectado: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… This window changes by itself when they have.</source>
        <translation>Aguardando o cliente conectar… Esta janela muda sozinha quando ele conectar.</translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether the customer has connected; trying again in %n second(s). %1</source>
        <translation>
            <numerusform>Não foi possível verificar se o cliente já conectou; nova tentativa em %n segundo. %1</numerusform>
            <numerusform>Não foi possível verificar se o cliente já conectou; nova tentativa em %n segundos. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired at %1. Generate a new code for the customer.</source>
        <translation>Expirou às %1. Gere um novo código para o cliente.</translation>
    </message>
    <message>
        <source>Less than a minute left: %1 (until %2). If the customer is not ready, generate a new code.</source>
        <translation>Falta menos de um minuto: %1 (até as %2). Se o cliente não estiver pronto, gere um novo código.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n second(s)</source>
        <translation>
            <numerusform>&amp;Tentar novamente em %n segundo</numerusform>
            <numerusform>&amp;Tentar novamente em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the %1 extension in Chrome.</source>
        <translation>Instale a extensão %1 no Chrome.</translation>
    </message>
    <message>
        <source>Open %1 logged in with the number to connect.</source>
        <translation>Abra %1 logado com o número que será conectado.</translation>
    </message>
    <message>
        <source>Click the extension&apos;s icon and type the code.</source>
        <translation>Clique no ícone da extensão e digite o código.</translation>
    </message>
    <message>
        <source>Confirm on the extension&apos;s screen (&quot;Conectar na Z-API&quot;).</source>
        <translation>Confirme na tela da extensão (&quot;Conectar na Z-API&quot;).</translation>
    </message>
    <message>
        <source>The connection code. The customer types it in the Z-API Conector extension.</source>
        <translation>O código de conexão. O cliente digita este código na extensão Z-API Conector.</translation>
    </message>
    <message>
        <source>Valid for %1 min (until %2)</source>
        <translation>Válido por %1 min (até as %2)</translation>
    </message>
    <message>
        <source>Less than a minute left; valid until %1.</source>
        <translation>Falta menos de um minuto; válido até as %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido até as %1.</translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation>Soletrado: %1</translation>
    </message>
    <message>
        <source>The connection code, spelled out: %1. The customer types it in the Z-API Conector extension.</source>
        <translation>O código de conexão, soletrado: %1. O cliente digita este código na extensão Z-API Conector.</translation>
    </message>
    <message>
        <source>A computer with Google Chrome: the extension does not work on a phone.</source>
        <translation>Um computador com Google Chrome: a extensão não funciona no celular.</translation>
    </message>
    <message>
        <source>The %1 extension installed in Chrome.</source>
        <translation>A extensão %1 instalada no Chrome.</translation>
    </message>
    <message>
        <source>%1 open in Chrome, logged in with the number to connect.</source>
        <translation>%1 aberto no Chrome, logado com o número que será conectado.</translation>
    </message>
    <message>
        <source>A code is valid for a few minutes only, so generate it when the customer has:</source>
        <translation>Um código vale só por alguns minutos, então gere-o quando o cliente tiver:</translation>
    </message>
    <message>
        <source>The preparation message below tells them all this, in their language.</source>
        <translation>A mensagem de preparação abaixo explica tudo isso ao cliente, no idioma dele.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::FreedesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Import instances</source>
        <translation>Importar instâncias</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina em %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation>Importação concluída. Adicionadas: %1, atualizadas: %2, ignoradas: %3.</translation>
    </message>
    <message>
        <source>Rows that were skipped:</source>
        <translation>Linhas ignoradas:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n linha pronta para importar.</numerusform>
            <numerusform>%n linhas prontas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n linha será ignorada.</numerusform>
            <numerusform>%n linhas serão ignoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Mostrando apenas %n linha, a primeira.</numerusform>
            <numerusform>Mostrando as primeiras %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importando %n linha…</numerusform>
            <numerusform>Importando %n linhas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importação cancelada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceDialog</name>
    <message>
        <source>Add instance</source>
        <translation>Adicionar instância</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Editar instância</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abrindo o cofre…</translation>
    </message>
    <message>
        <source>Give the instance a name, so you can find it later.</source>
        <translation>Dê um nome à instância para encontrá-la depois.</translation>
    </message>
    <message>
        <source>Understood as %1, a mobile number in %2.</source>
        <translation>Interpretado como %1: celular, %2.</translation>
    </message>
    <message>
        <source>Understood as %1, a landline in %2.</source>
        <translation>Interpretado como %1: telefone fixo, %2.</translation>
    </message>
    <message>
        <source>Understood as %1, a number in %2.</source>
        <translation>Interpretado como %1: número de telefone, %2.</translation>
    </message>
    <message>
        <source>Understood as %1, an internet (VoIP) number in %2.</source>
        <translation>Interpretado como %1: número de internet (VoIP), %2.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceListModel</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>Instance ID ends in %1</source>
        <translation>O ID da instância termina em %1</translation>
    </message>
    <message>
        <source>Instance ID ends in %1
%2</source>
        <translation>O ID da instância termina em %1
%2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Verificado em %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>Last known status</source>
        <translation>Último status conhecido</translation>
    </message>
    <message>
        <source>Last code generated</source>
        <translation>Último código gerado</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceRepository</name>
    <message>
        <source>the name &quot;%1&quot; belongs to another instance</source>
        <translation>o nome &quot;%1&quot; pertence a outra instância</translation>
    </message>
    <message>
        <source>the name is empty or too long</source>
        <translation>o nome está vazio ou é longo demais</translation>
    </message>
    <message>
        <source>an import is already running</source>
        <translation>já há uma importação em andamento</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instância %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::KeptAside</name>
    <message numerus="yes">
        <source>Brought back from %1: the ID and token of %n instance(s).</source>
        <translation>
            <numerusform>Recuperados de %1: o ID e o token de %n instância.</numerusform>
            <numerusform>Recuperados de %1: o ID e o token de %n instâncias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Client-Token was brought back.</source>
        <translation>O Client-Token foi recuperado.</translation>
    </message>
    <message>
        <source>The partner token was brought back.</source>
        <translation>O token de parceiro foi recuperado.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept instance(s): removed since, or given new credentials since.</source>
        <translation>
            <numerusform>Deixada de fora %n instância guardada: removida depois, ou com credenciais novas digitadas depois.</numerusform>
            <numerusform>Deixadas de fora %n instâncias guardadas: removidas depois, ou com credenciais novas digitadas depois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept value(s) that could not be opened.</source>
        <translation>
            <numerusform>Deixado de fora %n valor guardado que não pôde ser aberto.</numerusform>
            <numerusform>Deixados de fora %n valores guardados que não puderam ser abertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key was kept for %1: the system keychain held none when this profile was started over, so the credentials in it cannot be opened.</source>
        <translation>Nenhuma chave foi guardada para %1: o chaveiro do sistema não tinha nenhuma quando este perfil foi recomeçado, então as credenciais dela não podem ser abertas.</translation>
    </message>
    <message>
        <source>The key kept for %1 does not open it: it is not the key its credentials were saved with, so they cannot be brought back.</source>
        <translation>A chave guardada para %1 não a abre: não é a chave com que as credenciais dela foram salvas, então elas não podem ser recuperadas.</translation>
    </message>
    <message>
        <source>What the keychain held for %1 is not a Partner Desk key (%2 bytes), so the credentials in it cannot be opened.</source>
        <translation>O que o chaveiro tinha para %1 não é uma chave do Partner Desk (%2 bytes), então as credenciais dela não podem ser abertas.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left as it is.</source>
        <translation>Não foi possível ler %1 (%2); o arquivo ficou como estava.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>Partner Desk</source>
        <translation>Partner Desk</translation>
    </message>
    <message>
        <source>Partner Desk — demo (made-up customers, nothing is saved)</source>
        <translation>Partner Desk — demonstração (clientes fictícios, nada é salvo)</translation>
    </message>
    <message>
        <source>Partner Desk — profile %1</source>
        <translation>Partner Desk — perfil %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln instância</numerusform>
            <numerusform>%Ln instâncias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln instance(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln instância</numerusform>
            <numerusform>Mostrando %1 de %Ln instâncias</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina em %1</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Remover instância</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Partner Desk?

Its instance ID and token are deleted from this computer. The instance itself keeps working at Z-API.</source>
        <translation>Remover &quot;%1&quot; do Partner Desk?

O ID e o token da instância são apagados deste computador. A instância continua funcionando na Z-API.</translation>
    </message>
    <message>
        <source>About Partner Desk</source>
        <translation>Sobre o Partner Desk</translation>
    </message>
    <message>
        <source>Partner Desk %1

For Z-API partners: keep your customers&apos; instances, with their credentials protected by the system keychain, and help customers connect WhatsApp.</source>
        <translation>Partner Desk %1

Para parceiros da Z-API: guarde as instâncias dos seus clientes, com as credenciais protegidas pelo chaveiro do sistema, e ajude os clientes a conectar o WhatsApp.</translation>
    </message>
    <message>
        <source>Saved credentials cannot be opened</source>
        <translation>Não é possível abrir as credenciais salvas</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation>Um cofre novo e vazio está pronto. Defina o Client-Token em Configurações e digite as credenciais de cada instância em Editar, ou importe-as de novo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moving your instances from the previous version of Partner Desk…</source>
        <translation>Trazendo suas instâncias da versão anterior do Partner Desk…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your instances were not moved; Partner Desk moves them the next time it starts.</source>
        <translation>Suas instâncias não foram trazidas; o Partner Desk as traz na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>No instance matches &quot;%1&quot;.</source>
        <translation>Nenhuma instância encontrada para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No instance is &quot;%1&quot;.</source>
        <translation>Nenhuma instância com status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; instance matches &quot;%2&quot;.</source>
        <translation>Nenhuma instância com status &quot;%1&quot; encontrada para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Search by name, phone, notes or end of the instance ID</source>
        <translation>Buscar por nome, telefone, notas ou final do ID da instância</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Em teste</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Pagamento pendente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Checking status: %1 of %2</source>
        <translation>Verificando status: %1 de %2</translation>
    </message>
    <message>
        <source>Stop checking; the statuses found so far are kept</source>
        <translation>Parar a verificação; os status obtidos até agora são mantidos</translation>
    </message>
    <message>
        <source>Status check progress</source>
        <translation>Progresso da verificação de status</translation>
    </message>
    <message>
        <source>The last status check failed: %1</source>
        <translation>A última verificação de status falhou: %1</translation>
    </message>
    <message>
        <source>%1, was due %2</source>
        <translation>%1, venceu em %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, vence em %2</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Venceu em %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence em %1</translation>
    </message>
    <message>
        <source>This instance&apos;s subscription is not paid up, so WhatsApp may not connect or work on it. Renew it in the Z-API dashboard.</source>
        <translation>A assinatura desta instância não está em dia, então o WhatsApp pode não conectar ou não funcionar nela. Renove-a no painel da Z-API.</translation>
    </message>
    <message>
        <source>Not in your Z-API account since %1. Sync again if that was a mistake, or remove it.</source>
        <translation>Fora da sua conta Z-API desde %1. Sincronize de novo se foi um engano, ou remova-a.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir Con&amp;figurações…</translation>
    </message>
    <message>
        <source>Sync with Z-API account</source>
        <translation>Sincronizar com a conta Z-API</translation>
    </message>
    <message>
        <source>Status checked: %1 connected, %2 not connected, %3 failed.</source>
        <translation>Status verificado. Conectadas: %1, não conectadas: %2, com falha: %3.</translation>
    </message>
    <message>
        <source>Each failed row says why.</source>
        <translation>Cada linha com falha mostra o motivo.</translation>
    </message>
    <message>
        <source>Status check cancelled after %1 of %2 instances; the statuses found are kept.</source>
        <translation>Verificação de status cancelada depois de %1 de %2 instâncias; os status obtidos foram mantidos.</translation>
    </message>
    <message>
        <source>Status check stopped: %1</source>
        <translation>Verificação de status interrompida: %1</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Verificar status</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) disconnected</source>
        <translation>
            <numerusform>%n cliente desconectado</numerusform>
            <numerusform>%n clientes desconectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) lost the WhatsApp connection since the previous check: %1.</source>
        <translation>
            <numerusform>%n cliente perdeu a conexão do WhatsApp desde a verificação anterior: %1.</numerusform>
            <numerusform>%n clientes perderam a conexão do WhatsApp desde a verificação anterior: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in the list</source>
        <translation>&amp;Ver na lista</translation>
    </message>
    <message>
        <source>Partner Desk could not check for disconnections: %1</source>
        <translation>O Partner Desk não conseguiu verificar se houve desconexões: %1</translation>
    </message>
    <message>
        <source>Asking Z-API who is connected…</source>
        <translation>Perguntando à Z-API quem está conectado…</translation>
    </message>
    <message>
        <source>Asked at %1.</source>
        <translation>Consultado às %1.</translation>
    </message>
    <message>
        <source> Z-API says: &quot;%1&quot;</source>
        <translation> A Z-API diz: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody is connected: WhatsApp is not linked to this instance.</source>
        <translation>Ninguém está conectado: nenhum WhatsApp está vinculado a esta instância.</translation>
    </message>
    <message>
        <source>an iPhone</source>
        <translation>um iPhone</translation>
    </message>
    <message>
        <source>an Android phone</source>
        <translation>um celular Android</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>WhatsApp name: %1</source>
        <translation>Nome no WhatsApp: %1</translation>
    </message>
    <message>
        <source>Linked with: %1</source>
        <translation>Conectado com: %1</translation>
    </message>
    <message>
        <source>Linked with: %1 (model %2)</source>
        <translation>Conectado com: %1 (modelo %2)</translation>
    </message>
    <message>
        <source>This is not the customer&apos;s number on file (%1).</source>
        <translation>Este não é o número cadastrado do cliente (%1).</translation>
    </message>
    <message>
        <source>Restart instance</source>
        <translation>Reiniciar instância</translation>
    </message>
    <message>
        <source>Restart the Z-API instance of &quot;%1&quot;?

Its WhatsApp connection restarts: messages stop for a moment, then flow again. The customer stays linked and does not need to scan a new QR code.</source>
        <translation>Reiniciar a instância Z-API de &quot;%1&quot;?

A conexão do WhatsApp dela é reiniciada: as mensagens param por um momento e depois voltam a passar. O cliente continua conectado e não precisa escanear um novo QR Code.</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation>Desconectar WhatsApp</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp from &quot;%1&quot;?

WhatsApp is unlinked from this instance: the customer&apos;s messages stop going through Z-API until the customer connects again, with a new QR code or code. Do this only when the customer asks for it, or to link another number.</source>
        <translation>Desconectar o WhatsApp de &quot;%1&quot;?

O WhatsApp é desvinculado desta instância: as mensagens do cliente deixam de passar pela Z-API até que ele conecte de novo, com um novo QR Code ou código. Faça isso só quando o cliente pedir, ou para conectar outro número.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Z-API did not restart the instance. Try again in a moment.</source>
        <translation>A Z-API não reiniciou a instância. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Restarted at %1: the connection comes back by itself; no new QR code is needed.</source>
        <translation>Reiniciada às %1: a conexão volta sozinha; não é preciso um novo QR Code.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Z-API did not disconnect WhatsApp. Try again in a moment.</source>
        <translation>A Z-API não desconectou o WhatsApp. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Disconnected at %1: WhatsApp is no longer linked to this instance. The customer must connect again.</source>
        <translation>Desconectado às %1: o WhatsApp não está mais vinculado a esta instância. O cliente precisa conectar de novo.</translation>
    </message>
    <message>
        <source>%1

Start over now? Nothing is deleted: your list of instances stays as it is, and you enter the Client-Token and the instances&apos; credentials again (or import them).</source>
        <translation>%1

Recomeçar agora? Nada é apagado: sua lista de instâncias continua como está, e você digita de novo o Client-Token e as credenciais das instâncias (ou as importa).</translation>
    </message>
    <message>
        <source>The old vault was kept as %1. The system keychain held no key for it.

%2</source>
        <translation>O cofre antigo foi guardado como %1. O chaveiro do sistema não tinha nenhuma chave para ele.

%2</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>The old vault was kept as %1, and the key that opened it is kept in the system keychain under the same date. Should that key turn out to be the right one, File → Bring back credentials kept aside (or &quot;partnerdesk-cli recover&quot;) brings the credentials back.

%2</source>
        <translation>O cofre antigo foi guardado como %1, e a chave que o abria está guardada no chaveiro do sistema com a mesma data. Se essa chave for a certa, Arquivo → Recuperar credenciais guardadas à parte (ou &quot;partnerdesk-cli recover&quot;) recupera as credenciais.

%2</translation>
    </message>
    <message>
        <source>Bring back credentials kept aside</source>
        <translation>Recuperar credenciais guardadas à parte</translation>
    </message>
    <message>
        <source>Starting over kept a copy of this profile&apos;s credentials aside, with the key the keychain held then. Instances that have no credentials now get theirs back, and the Client-Token and partner token if they are not set; nothing entered since is replaced.

The copy kept on:</source>
        <translation>Recomeçar guardou à parte uma cópia das credenciais deste perfil, com a chave que o chaveiro tinha naquele momento. As instâncias que não têm credenciais agora recebem as suas de volta, e o Client-Token e o token de parceiro se não estiverem definidos; nada do que foi digitado depois é substituído.

A cópia guardada em:</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Recuperar</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Set for this run with --api-base (or by demo mode).</source>
        <translation>Definido para esta execução com --api-base (ou pelo modo de demonstração).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abrindo o cofre…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Not set: only needed to sync the account</source>
        <translation>Não definido: só é necessário para sincronizar a conta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Z-API account</source>
        <translation>Conta Z-API</translation>
    </message>
    <message>
        <source>&amp;Client-Token:</source>
        <translation>&amp;Client-Token:</translation>
    </message>
    <message>
        <source>S&amp;how Client-Token</source>
        <translation>&amp;Mostrar Client-Token</translation>
    </message>
    <message>
        <source>Your account&apos;s security token, from the Security tab of your Z-API account. It is sent in the Client-Token header of every request and kept in the encrypted vault.</source>
        <translation>O token de segurança da sua conta, da aba Segurança da sua conta Z-API. Ele é enviado no cabeçalho Client-Token de todas as requisições e fica guardado no cofre criptografado.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Endereço da API:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tempo limite das requisições:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface:</translation>
    </message>
    <message>
        <source>&amp;Messages to customers:</source>
        <translation>Mensagens aos c&amp;lientes:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>&amp;Default country for phone numbers:</source>
        <translation>&amp;País padrão para números de telefone:</translation>
    </message>
    <message>
        <source>A customer&apos;s number typed without + and a country code is taken as one of this country. Every number is saved and sent with its country code.</source>
        <translation>Um número de cliente digitado sem + e sem código do país é considerado deste país. Todo número é salvo e enviado com o código do país.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Tell me when a customer connects or a code e&amp;xpires (taskbar and desktop notification)</source>
        <translation>Avisar quando um cliente conectar ou um código e&amp;xpirar (barra de tarefas e notificação da área de trabalho)</translation>
    </message>
    <message>
        <source>&amp;Partner token:</source>
        <translation>To&amp;ken de parceiro:</translation>
    </message>
    <message>
        <source>Show partner to&amp;ken</source>
        <translation>M&amp;ostrar token de parceiro</translation>
    </message>
    <message>
        <source>&amp;Watch for disconnections, checking every</source>
        <translation>&amp;Verificar desconexões a cada</translation>
    </message>
    <message>
        <source>Minutes between checks for disconnections</source>
        <translation>Minutos entre as verificações de desconexão</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While Partner Desk is open, it asks Z-API for every customer&apos;s status (with the Client-Token) and tells you who lost the connection since the check before.</source>
        <translation>Enquanto o Partner Desk está aberto, ele pergunta à Z-API o status de cada cliente (com o Client-Token) e avisa você sobre quem perdeu a conexão desde a verificação anterior.</translation>
    </message>
    <message>
        <source>Optional, for File → Sync with Z-API account, which brings in every instance of your account with its ID and token. The integrator token from the partner area of your Z-API account; sent only to Z-API&apos;s partner list, and kept in the encrypted vault.</source>
        <translation>Opcional, para Arquivo → Sincronizar com a conta Z-API, que traz todas as instâncias da sua conta com ID e token. É o token de integrador da área de parceiro da sua conta Z-API; só é enviado à Z-API para listar as instâncias da conta e fica guardado no cofre criptografado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;partnerdesk --help&apos;.</source>
        <translation>Tente &apos;partnerdesk --help&apos;.</translation>
    </message>
    <message>
        <source>Partner Desk: your customers&apos; Z-API instances and the extension connection code.</source>
        <translation>Partner Desk: as instâncias Z-API dos seus clientes e o código de conexão da extensão.</translation>
    </message>
    <message>
        <source>Use the profile &lt;name&gt; (its own instances, vault and settings).</source>
        <translation>Usar o perfil &lt;name&gt; (com instâncias, cofre e configurações próprios).</translation>
    </message>
    <message>
        <source>Talk to the Z-API at &lt;url&gt; for this run (default: from Settings).</source>
        <translation>Conectar à Z-API em &lt;url&gt; nesta execução (padrão: o endereço das Configurações).</translation>
    </message>
    <message>
        <source>Try Partner Desk with made-up customers and a built-in sandbox Z-API; nothing is saved.</source>
        <translation>Experimentar o Partner Desk com clientes fictícios e uma Z-API de teste embutida; nada é salvo.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Exit as soon as the window has shown the list of instances, to time start-up.</source>
        <translation>Sair assim que a janela mostrar a lista de instâncias, para medir o tempo de inicialização.</translation>
    </message>
</context>
</TS>
