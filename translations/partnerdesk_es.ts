<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;QR code</source>
        <translation>Código &amp;QR</translation>
    </message>
    <message>
        <source>Getting the QR code…</source>
        <translation>Obteniendo el código QR…</translation>
    </message>
    <message>
        <source>The QR code was hidden because it was not scanned in time.</source>
        <translation>El código QR se ocultó porque no se escaneó a tiempo.</translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation>Mostrar un código QR &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Ask the customer to scan this code with the phone that has WhatsApp:</source>
        <translation>Pide al cliente que escanee este código con el teléfono que tiene WhatsApp:</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp on the phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone&apos;s camera at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Abre WhatsApp en el teléfono.&lt;/li&gt;&lt;li&gt;Ve a &lt;b&gt;Configuración&lt;/b&gt; (en Android: el menú &lt;b&gt;⋮&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Toca &lt;b&gt;Dispositivos vinculados&lt;/b&gt; y luego &lt;b&gt;Vincular un dispositivo&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Apunta la cámara del teléfono a este código.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>WhatsApp replaces the code every 20 seconds, so a new one appears here on its own.</source>
        <translation>WhatsApp cambia el código cada 20 segundos, así que aquí aparece uno nuevo automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Phone number code</source>
        <translation>Código por &amp;teléfono</translation>
    </message>
    <message>
        <source>Customer&apos;s WhatsApp &amp;number:</source>
        <translation>&amp;Número de WhatsApp del cliente:</translation>
    </message>
    <message>
        <source>With country and area code, e.g. +55 11 98765-4321</source>
        <translation>Con código de país y de área, p. ej. +55 11 98765-4321</translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Generar código</translation>
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
        <translation>Dicta o envía el código al cliente, que lo escribe en el teléfono que tiene WhatsApp:</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp and go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Link with phone number instead&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Type the code shown here.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Abre WhatsApp y ve a &lt;b&gt;Configuración&lt;/b&gt; (en Android: el menú &lt;b&gt;⋮&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Toca &lt;b&gt;Dispositivos vinculados&lt;/b&gt; y luego &lt;b&gt;Vincular un dispositivo&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Toca &lt;b&gt;Vincular con el número de teléfono&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Escribe el código que se muestra aquí.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The customer can put the phone away: messages now go through Z-API.</source>
        <translation>El cliente ya puede dejar el teléfono a un lado: los mensajes ahora pasan por Z-API.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection problems?&lt;/b&gt; If the customer&apos;s phone asks for a passkey, or the QR code keeps failing, connect with the Z-API Conector extension instead.</source>
        <translation>&lt;b&gt;¿Problemas de conexión?&lt;/b&gt; Si el teléfono del cliente pide una llave de acceso o el código QR sigue fallando, conéctalo con la extensión Z-API Conector.</translation>
    </message>
    <message>
        <source>Use the &amp;extension…</source>
        <translation>Usar la &amp;extensión…</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>&amp;Idioma del cliente:</translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation>Copiar &amp;mensaje para el cliente</translation>
    </message>
    <message>
        <source>The code and where to type it in WhatsApp, ready to paste into a chat</source>
        <translation>El código y dónde escribirlo en WhatsApp, listo para pegar en un chat</translation>
    </message>
</context>
<context>
    <name>ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code</source>
        <translation>Código de conexión de la extensión</translation>
    </message>
    <message>
        <source>For customers who cannot connect with the QR code (for example, their phone asks for a passkey): they connect with the Z-API Conector extension for Chrome and this code.</source>
        <translation>Para clientes que no pueden conectarse con el código QR (por ejemplo, su teléfono pide una llave de acceso): se conectan con la extensión Z-API Conector para Chrome y este código.</translation>
    </message>
    <message>
        <source>Asking Z-API for a code…</source>
        <translation>Solicitando un código a Z-API…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No code was generated</source>
        <translation>No se generó ningún código</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Copy the code (Ctrl+C)</source>
        <translation>Copiar el código (Ctrl+C)</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp is linked to this instance. They can close the extension; nothing else is needed.</source>
        <translation>El WhatsApp del cliente está vinculado a esta instancia. Ya puede cerrar la extensión; no hace falta nada más.</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Qué hace el cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>&amp;Idioma del cliente:</translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation>Copiar &amp;mensaje para el cliente</translation>
    </message>
    <message>
        <source>&amp;Generate new code</source>
        <translation>&amp;Generar código nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>First, the customer gets ready</source>
        <translation>Primero, el cliente se prepara</translation>
    </message>
    <message>
        <source>&amp;Generate code</source>
        <translation>&amp;Generar código</translation>
    </message>
    <message>
        <source>When the customer is ready: the code is valid for a few minutes only</source>
        <translation>Cuando el cliente esté listo: el código solo es válido durante unos minutos</translation>
    </message>
    <message>
        <source>Copy &amp;preparation message</source>
        <translation>Copiar mensaje de &amp;preparación</translation>
    </message>
    <message>
        <source>What to get ready before the code (a computer with Chrome, the extension, WhatsApp Web), ready to paste into a chat</source>
        <translation>Qué preparar antes del código (una computadora con Chrome, la extensión, WhatsApp Web), listo para pegar en un chat</translation>
    </message>
    <message>
        <source>The code, how long it is still valid, the extension link and the four steps, ready to paste into a chat</source>
        <translation>El código, cuánto tiempo sigue siendo válido, el enlace de la extensión y los cuatro pasos, listos para pegar en un chat</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import instances</source>
        <translation>Importar instancias</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first row names the columns: name, instance_id, instance_token, and optionally phone and notes. An instance ID that is already in Partner Desk updates that instance.</source>
        <translation>Un archivo CSV (UTF-8) cuya primera fila nombra las columnas: name, instance_id, instance_token y, opcionalmente, phone y notes. Un ID de instancia que ya está en Partner Desk actualiza esa instancia.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Rows that will be skipped:</source>
        <translation>Filas que se omitirán:</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>How you call this customer, e.g. Padaria Pão de Mel</source>
        <translation>Cómo llamas a este cliente, p. ej. Panadería Pan de Miel</translation>
    </message>
    <message>
        <source>Customer &amp;phone:</source>
        <translation>&amp;Teléfono del cliente:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Optional: contact person, plan, anything that helps support</source>
        <translation>Opcional: persona de contacto, plan, todo lo que ayude al soporte</translation>
    </message>
    <message>
        <source>Z-API credentials (kept in the encrypted vault)</source>
        <translation>Credenciales de Z-API (guardadas en la bóveda cifrada)</translation>
    </message>
    <message>
        <source>Instance &amp;ID:</source>
        <translation>&amp;ID de la instancia:</translation>
    </message>
    <message>
        <source>Instance &amp;token:</source>
        <translation>To&amp;ken de la instancia:</translation>
    </message>
    <message>
        <source>&amp;Show credentials</source>
        <translation>&amp;Mostrar credenciales</translation>
    </message>
    <message>
        <source>Both are on the instance&apos;s page in the Z-API dashboard. They never leave this computer except to call Z-API.</source>
        <translation>Ambos están en la página de la instancia en el panel de Z-API. Solo salen de esta computadora para llamar a Z-API.</translation>
    </message>
    <message>
        <source>Optional, e.g. (11) 98765-4321</source>
        <translation>Opcional, p. ej. (11) 98765-4321</translation>
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
        <translation>Todavía no hay instancias de clientes</translation>
    </message>
    <message>
        <source>Partner Desk keeps your customers&apos; Z-API instances, with their IDs and tokens protected by the system keychain. Start with your account&apos;s Client-Token, then add instances one by one or import a CSV file.</source>
        <translation>Partner Desk guarda las instancias de Z-API de tus clientes, con sus ID y tokens protegidos por el llavero del sistema. Empieza por el Client-Token de tu cuenta y luego agrega las instancias una por una o importa un archivo CSV.</translation>
    </message>
    <message>
        <source>Set &amp;Client-Token…</source>
        <translation>Configurar &amp;Client-Token…</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>A&amp;gregar instancia…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <source>Just looking around? Start Partner Desk with --demo to try it with made-up customers and no Z-API account.</source>
        <translation>¿Solo quieres echar un vistazo? Inicia Partner Desk con --demo para probarlo con clientes ficticios y sin cuenta de Z-API.</translation>
    </message>
    <message>
        <source>Customer phone:</source>
        <translation>Teléfono del cliente:</translation>
    </message>
    <message>
        <source>Last known status:</source>
        <translation>Último estado conocido:</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>ID de la instancia:</translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation>&amp;Editar instancia…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instancia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a customer instance</source>
        <translation>Agregar una instancia de cliente</translation>
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
        <translation>Editar la instancia seleccionada</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation>Quitar la instancia seleccionada</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Import instances from a CSV file</source>
        <translation>Importar instancias desde un archivo CSV</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Client-Token, API address, timeout and languages</source>
        <translation>Client-Token, dirección de la API, tiempo de espera e idiomas</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Partner Desk</source>
        <translation>&amp;Acerca de Partner Desk</translation>
    </message>
    <message>
        <source>&amp;Connect WhatsApp…</source>
        <translation>&amp;Conectar WhatsApp…</translation>
    </message>
    <message>
        <source>Connection problems?</source>
        <translation>¿Problemas de conexión?</translation>
    </message>
    <message>
        <source>If the QR code fails (for example, the customer&apos;s phone asks for a passkey), the customer can connect with the Z-API Conector extension for Chrome and a code from here.</source>
        <translation>Si el código QR falla (por ejemplo, el teléfono del cliente pide una llave de acceso), el cliente puede conectarse con la extensión Z-API Conector para Chrome y un código generado aquí.</translation>
    </message>
    <message>
        <source>Generate e&amp;xtension code…</source>
        <translation>Generar código de la e&amp;xtensión…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Show the customer a QR code or a phone-number code to link WhatsApp</source>
        <translation>Mostrar al cliente un código QR o un código por número de teléfono para vincular WhatsApp</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Connection &amp;problems? Extension code…</source>
        <translation>¿&amp;Problemas de conexión? Código de la extensión…</translation>
    </message>
    <message>
        <source>The QR code fails for this customer (their phone asks for a passkey)? Generate a code for the Z-API Conector extension</source>
        <translation>¿El código QR falla para este cliente (su teléfono pide una llave de acceso)? Genera un código para la extensión Z-API Conector</translation>
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
        <translation>Buscar instancias</translation>
    </message>
    <message>
        <source>Customer instances</source>
        <translation>Instancias de los clientes</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Show instances by status</source>
        <translation>Mostrar instancias por estado</translation>
    </message>
    <message>
        <source>Show &amp;all instances</source>
        <translation>Mostrar &amp;todas las instancias</translation>
    </message>
    <message>
        <source>WhatsApp is connected on this instance.</source>
        <translation>WhatsApp está conectado en esta instancia.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Appearance</name>
    <message>
        <source>0 (zero)</source>
        <translation>0 (cero)</translation>
    </message>
    <message>
        <source>O (letter O)</source>
        <translation>O (letra O)</translation>
    </message>
    <message>
        <source>1 (one)</source>
        <translation>1 (uno)</translation>
    </message>
    <message>
        <source>I (capital i)</source>
        <translation>I (i mayúscula)</translation>
    </message>
    <message>
        <source>l (small L)</source>
        <translation>l (L minúscula)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CliApplication</name>
    <message>
        <source>Use the profile NAME (default: &quot;%1&quot;).</source>
        <translation>Usar el perfil NAME (predeterminado: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Z-API address for this run only (default: the profile&apos;s setting).</source>
        <translation>Dirección de Z-API solo para esta ejecución (predeterminada: la configurada en el perfil).</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help when given after the command.</source>
        <translation>Mostrar esta ayuda o, después de un comando, la ayuda de ese comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; necesita uno de estos: %2.</translation>
    </message>
    <message>
        <source>Missing %1 for &quot;%2&quot;.</source>
        <translation>Falta %1 para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Demasiados argumentos para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Secrets are read from standard input, never from the command line.</source>
        <translation>Los secretos se leen de la entrada estándar, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli [--profile NAME] [--api-base URL] COMMAND [ARGUMENTS]</source>
        <translation>Uso: partnerdesk-cli [--profile NAME] [--api-base URL] COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens, the Client-Token) are read from standard input, never from the command line, and are kept in the profile&apos;s encrypted vault.</source>
        <translation>Administra las instancias de Z-API de los clientes de un perfil de Partner Desk. Los secretos (ID y tokens de las instancias, el Client-Token) se leen de la entrada estándar, nunca de la línea de comandos, y se guardan en la bóveda cifrada del perfil.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>Z-API or network error</source>
        <translation>error de Z-API o de red</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or extra argument, bad option value or input</source>
        <translation>error de uso: comando u opción desconocidos, argumento faltante o sobrante, valor de opción o entrada no válidos</translation>
    </message>
    <message>
        <source>keychain, vault, instance list or data error (the message says what to fix)</source>
        <translation>error del llavero, de la bóveda, de la lista de instancias o de los datos (el mensaje dice qué corregir)</translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecuta &apos;partnerdesk-cli COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CommandContext</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>From the command line: partnerdesk-cli client-token set (reads the token from standard input).</source>
        <translation>Desde la línea de comandos: partnerdesk-cli client-token set (lee el token de la entrada estándar).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::Commands</name>
    <message>
        <source>Print JSON instead of a table, for scripts.</source>
        <translation>Mostrar JSON en lugar de una tabla, para scripts.</translation>
    </message>
    <message>
        <source>Store your account&apos;s Client-Token, read from standard input.</source>
        <translation>Guardar el Client-Token de tu cuenta, leído de la entrada estándar.</translation>
    </message>
    <message>
        <source>Reads the Client-Token (Security tab of your Z-API account) from the first line of standard input,
for example from a password manager: pass show z-api | partnerdesk-cli client-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted vault.</source>
        <translation>Lee el Client-Token (pestaña Seguridad de tu cuenta de Z-API) de la primera línea de la entrada estándar,
por ejemplo desde un gestor de contraseñas: pass show z-api | partnerdesk-cli client-token set
Si la entrada estándar es una terminal, se pide sin mostrar lo que se escribe.
Se guarda en la bóveda cifrada del perfil.</translation>
    </message>
    <message>
        <source>Remove the stored Client-Token.</source>
        <translation>Eliminar el Client-Token guardado.</translation>
    </message>
    <message>
        <source>Add an instance; its ID and token are read from standard input.</source>
        <translation>Agregar una instancia; su ID y su token se leen de la entrada estándar.</translation>
    </message>
    <message>
        <source>Reads the instance ID from the first line of standard input and the instance token from the second
(as shown in the Z-API dashboard). NAME is how you tell your customers&apos; instances apart.</source>
        <translation>Lee el ID de la instancia de la primera línea de la entrada estándar y el token de la instancia
de la segunda (como aparecen en el panel de Z-API). NAME es el nombre con el que distingues
las instancias de tus clientes.</translation>
    </message>
    <message>
        <source>A note for yourself.</source>
        <translation>Una nota para ti.</translation>
    </message>
    <message>
        <source>List the instances (needs no keychain).</source>
        <translation>Listar las instancias (no necesita el llavero).</translation>
    </message>
    <message>
        <source>Shows what the instance list keeps: name, phone, last known status, when the last code was made
and the last characters of the instance ID. No secret is read or shown.
--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt}, where status is
connected, disconnected or unknown and lastCodeAt is milliseconds since 1970 (UTC) or null.</source>
        <translation>Muestra lo que guarda la lista de instancias: nombre, teléfono, último estado conocido, cuándo se
generó el último código y los últimos caracteres del ID de la instancia. No se lee ni se muestra
ningún secreto.
--json muestra un arreglo de {name, phone, notes, status, idSuffix, lastCodeAt}, donde status es
connected, disconnected o unknown y lastCodeAt son milisegundos desde 1970 (UTC) o null.</translation>
    </message>
    <message>
        <source>Remove an instance and its stored ID and token.</source>
        <translation>Quitar una instancia junto con su ID y su token guardados.</translation>
    </message>
    <message>
        <source>NAME is matched without regard to case.</source>
        <translation>NAME se compara sin distinguir mayúsculas de minúsculas.</translation>
    </message>
    <message>
        <source>Add or update instances from a CSV file.</source>
        <translation>Agregar o actualizar instancias desde un archivo CSV.</translation>
    </message>
    <message>
        <source>The first row names the columns name, instance_id and instance_token, and optionally phone and notes,
separated by &apos;,&apos; or &apos;;&apos; (UTF-8). A row whose instance ID is already known updates that instance.
Rows with a problem are skipped and reported as &quot;line N: reason&quot; on standard error; the import
still succeeds (exit 0) unless every row was skipped (exit 3).</source>
        <translation>La primera fila nombra las columnas name, instance_id e instance_token y, opcionalmente, phone y
notes, separadas por &apos;,&apos; o &apos;;&apos; (UTF-8). Una fila cuyo ID de instancia ya se conoce actualiza esa
instancia. Las filas con algún problema se omiten y se informan como &quot;línea N: motivo&quot; en la salida
de error estándar; la importación igual termina bien (salida 0), salvo que se omitan todas las
filas (salida 3).</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Client-Token: </source>
        <translation>Client-Token: </translation>
    </message>
    <message>
        <source>Standard input held no Client-Token; it is read from the first line.</source>
        <translation>La entrada estándar no contenía ningún Client-Token; se lee de la primera línea.</translation>
    </message>
    <message>
        <source>Client-Token saved.</source>
        <translation>Client-Token guardado.</translation>
    </message>
    <message>
        <source>Client-Token removed.</source>
        <translation>Client-Token eliminado.</translation>
    </message>
    <message>
        <source>The instance name may not be empty.</source>
        <translation>El nombre de la instancia no puede estar vacío.</translation>
    </message>
    <message>
        <source>Instance ID: </source>
        <translation>ID de la instancia: </translation>
    </message>
    <message>
        <source>Instance token: </source>
        <translation>Token de la instancia: </translation>
    </message>
    <message>
        <source>Standard input must hold the instance ID on the first line and the instance token on the second.</source>
        <translation>La entrada estándar debe contener el ID de la instancia en la primera línea y el token de la instancia en la segunda.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last code (local time)</source>
        <translation>Último código (hora local)</translation>
    </message>
    <message>
        <source>ID suffix</source>
        <translation>Final del ID</translation>
    </message>
    <message>
        <source>There are no instances in this profile yet. Add one with &apos;partnerdesk-cli%1 add NAME&apos; (ID and token on standard input) or import a spreadsheet with &apos;partnerdesk-cli%1 import FILE.csv&apos;.</source>
        <translation>Todavía no hay instancias en este perfil. Agrega una con &apos;partnerdesk-cli%1 add NAME&apos; (ID y token por la entrada estándar) o importa una hoja de cálculo con &apos;partnerdesk-cli%1 import FILE.csv&apos;.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation>Importación terminada. Agregadas: %1, actualizadas: %2, omitidas: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: every row was skipped.</source>
        <translation>No se importó nada de %1: se omitieron todas las filas.</translation>
    </message>
    <message>
        <source>Print one line of JSON instead of text, for scripts.</source>
        <translation>Mostrar una línea de JSON en lugar de texto, para scripts.</translation>
    </message>
    <message>
        <source>Get an extension connection code for a customer who cannot link WhatsApp with the QR code.</source>
        <translation>Generar un código de conexión de la extensión para un cliente que no puede vincular WhatsApp con el código QR.</translation>
    </message>
    <message>
        <source>Asks Z-API for a new code for the instance called NAME (any case) and prints it with how long it is
valid (about 5 minutes; run the command again for a new one). The customer installs the Z-API Conector
extension in Chrome (https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), opens
https://web.whatsapp.com/ with the number to connect, clicks the extension&apos;s icon and types the code.
Then &apos;partnerdesk-cli status NAME&apos; tells whether WhatsApp is linked.
--json prints one line {instance, code, expiresAt, secondsLeft}: expiresAt is milliseconds since 1970
(UTC) on Z-API&apos;s clock, as Z-API sent it; secondsLeft is counted on this computer&apos;s clock, corrected
for the difference between the two.</source>
        <translation>Pide a Z-API un código nuevo para la instancia llamada NAME (sin importar mayúsculas) y lo muestra con
su tiempo de validez (unos 5 minutos; vuelve a ejecutar el comando para obtener otro). El cliente
instala la extensión Z-API Conector en Chrome
(https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), abre
https://web.whatsapp.com/ con el número que se va a conectar, hace clic en el icono de la extensión
y escribe el código. Luego, &apos;partnerdesk-cli status NAME&apos; indica si WhatsApp está vinculado.
--json muestra una línea {instance, code, expiresAt, secondsLeft}: expiresAt son milisegundos desde
1970 (UTC) en el reloj de Z-API, tal como Z-API lo envió; secondsLeft se cuenta con el reloj de esta
computadora, corregido por la diferencia entre ambos.</translation>
    </message>
    <message>
        <source>Ask Z-API whether an instance&apos;s WhatsApp is connected.</source>
        <translation>Preguntar a Z-API si el WhatsApp de una instancia está conectado.</translation>
    </message>
    <message>
        <source>Prints &quot;Connected&quot; or &quot;Not connected&quot; for the instance called NAME (any case), with Z-API&apos;s own
message when it sends one, and records the answer in the instance list (the status column of &apos;list&apos;).
Exits with 0 whether the instance is connected or not: the question was answered. Any other exit
code means it could not be asked (see &apos;partnerdesk-cli --help&apos;).
--json prints one line {instance, connected, smartphoneConnected, message}.</source>
        <translation>Muestra &quot;Conectado&quot; o &quot;No conectado&quot; para la instancia llamada NAME (sin importar mayúsculas), con
el mensaje de Z-API cuando envía uno, y registra la respuesta en la lista de instancias (la columna
de estado de &apos;list&apos;). Sale con 0 tanto si la instancia está conectada como si no: la pregunta tuvo
respuesta. Cualquier otro código de salida significa que no se pudo preguntar (consulta
&apos;partnerdesk-cli --help&apos;).
--json muestra una línea {instance, connected, smartphoneConnected, message}.</translation>
    </message>
    <message>
        <source>Valid for %1, until %2 (local time).</source>
        <translation>Válido por %1, hasta las %2 (hora local).</translation>
    </message>
    <message>
        <source>The customer installs the Z-API Conector extension in Chrome, opens https://web.whatsapp.com/ with the number to connect, clicks the extension&apos;s icon and types this code.</source>
        <translation>El cliente instala la extensión Z-API Conector en Chrome, abre https://web.whatsapp.com/ con el número que se va a conectar, hace clic en el icono de la extensión y escribe este código.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Z-API says: %1</source>
        <translation>Z-API dice: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way; one without a country code is in the default country of Settings (Brazil unless changed). Saved as one international number.</source>
        <translation>El número de WhatsApp del cliente, escrito de cualquier forma habitual; si no tiene código de país, se toma como del país predeterminado de la configuración (Brasil, salvo que se cambie). Se guarda como un único número internacional.</translation>
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
        <translation>Esperando a que el cliente vincule WhatsApp…</translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation>Obteniendo un código nuevo…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in %n s</source>
        <translation>
            <numerusform>Se actualiza en %n s</numerusform>
            <numerusform>Se actualiza en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expira en %n s</numerusform>
            <numerusform>Expira en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected. Trying again in %n s.</source>
        <translation>
            <numerusform>No se pudo comprobar si WhatsApp está conectado. Se reintentará en %n s.</numerusform>
            <numerusform>No se pudo comprobar si WhatsApp está conectado. Se reintentará en %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>No se pudo comprobar si WhatsApp está conectado: %1 Se reintentará en %n s.</numerusform>
            <numerusform>No se pudo comprobar si WhatsApp está conectado: %1 Se reintentará en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation>WhatsApp conectado: %1</translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation>Deletreado: %1</translation>
    </message>
    <message>
        <source>The code, spelled out: %1. The customer types it in WhatsApp.</source>
        <translation>El código, deletreado: %1. El cliente lo escribe en WhatsApp.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n s</source>
        <translation>
            <numerusform>&amp;Reintentar en %n s</numerusform>
            <numerusform>&amp;Reintentar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation>Mostrar un código QR &amp;nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Show a &amp;new QR code in %n s</source>
        <translation>
            <numerusform>Mostrar un código QR &amp;nuevo en %n s</numerusform>
            <numerusform>Mostrar un código QR &amp;nuevo en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Generar código</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Get code in %n s</source>
        <translation>
            <numerusform>&amp;Generar código en %n s</numerusform>
            <numerusform>&amp;Generar código en %n s</numerusform>
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
        <translation>no es texto UTF-8. Guárdalo como &quot;CSV UTF-8&quot; y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>the first row must name the columns name, instance_id and instance_token (phone and notes are optional).</source>
        <translation>la primera fila debe nombrar las columnas name, instance_id e instance_token (phone y notes son opcionales).</translation>
    </message>
    <message>
        <source>it has more fields than the header; check for an unquoted separator</source>
        <translation>tiene más campos que el encabezado; revisa si hay un separador sin comillas</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the instance ID is empty</source>
        <translation>el ID de la instancia está vacío</translation>
    </message>
    <message>
        <source>the instance ID has characters Z-API does not use</source>
        <translation>el ID de la instancia tiene caracteres que Z-API no usa</translation>
    </message>
    <message>
        <source>the instance token is empty</source>
        <translation>el token de la instancia está vacío</translation>
    </message>
    <message>
        <source>the instance token has characters Z-API does not use</source>
        <translation>el token de la instancia tiene caracteres que Z-API no usa</translation>
    </message>
    <message>
        <source>the same instance ID is already on line %1</source>
        <translation>el mismo ID de instancia ya está en la línea %1</translation>
    </message>
    <message>
        <source>the same name is already on line %1</source>
        <translation>el mismo nombre ya está en la línea %1</translation>
    </message>
    <message>
        <source>it is larger than 64 MiB.</source>
        <translation>tiene más de 64 MiB.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket).</source>
        <translation>no es un archivo común (es un dispositivo, una tubería o un socket).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Database</name>
    <message>
        <source>another Partner Desk is saving</source>
        <translation>otro Partner Desk está guardando</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demostración</translation>
    </message>
    <message>
        <source>Customer &amp;connects now</source>
        <translation>El cliente se &amp;conecta ahora</translation>
    </message>
    <message>
        <source>Demo only: the selected customer connects WhatsApp, as if they had typed the code or scanned the QR code. Their open window turns to success.</source>
        <translation>Solo en la demostración: el cliente seleccionado conecta WhatsApp, como si hubiera escrito el código o escaneado el código QR. Su ventana abierta pasa a mostrar que se conectó.</translation>
    </message>
    <message>
        <source>Customer &amp;disconnects</source>
        <translation>El cliente se &amp;desconecta</translation>
    </message>
    <message>
        <source>Demo only: the selected customer&apos;s WhatsApp disconnects. Partner Desk finds out the next time it checks.</source>
        <translation>Solo en la demostración: el WhatsApp del cliente seleccionado se desconecta. Partner Desk se entera la próxima vez que verifica el estado.</translation>
    </message>
    <message>
        <source>Code expires &amp;soon</source>
        <translation>El código expira &amp;pronto</translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the last minute of the selected customer&apos;s extension code.</source>
        <translation>Solo en la demostración: avanza hasta el último minuto del código de la extensión del cliente seleccionado.</translation>
    </message>
    <message>
        <source>Code &amp;expires now</source>
        <translation>El código &amp;expira ahora</translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the moment the selected customer&apos;s extension code expires.</source>
        <translation>Solo en la demostración: avanza hasta el momento en que expira el código de la extensión del cliente seleccionado.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DesktopAttention</name>
    <message>
        <source>The customer connected WhatsApp.</source>
        <translation>El cliente conectó WhatsApp.</translation>
    </message>
    <message>
        <source>The connection code expires in less than a minute.</source>
        <translation>El código de conexión expira en menos de un minuto.</translation>
    </message>
    <message>
        <source>The connection code expired; generate a new one.</source>
        <translation>El código de conexión expiró; genera uno nuevo.</translation>
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
        <translation>El nombre del perfil solo puede contener letras, dígitos, &apos;-&apos; y &apos;_&apos; (64 como máximo).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL. Check it in Settings (the default is https://api.z-api.io).</source>
        <translation>La dirección de la API no es una URL válida. Revísala en Configuración (la predeterminada es https://api.z-api.io).</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is allowed only for this computer). Check it in Settings.</source>
        <translation>La dirección de la API debe usar https:// (http:// sin cifrar solo se permite para esta computadora). Revísala en Configuración.</translation>
    </message>
    <message>
        <source>The instance ID may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation>El ID de la instancia solo puede contener letras, dígitos, &apos;-&apos; y &apos;_&apos;. Vuelve a copiarlo desde el panel de Z-API.</translation>
    </message>
    <message>
        <source>The instance token may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation>El token de la instancia solo puede contener letras, dígitos, &apos;-&apos; y &apos;_&apos;. Vuelve a copiarlo desde el panel de Z-API.</translation>
    </message>
    <message>
        <source>The Client-Token may not contain spaces or control characters. Copy it again from the Security tab of your Z-API account.</source>
        <translation>El Client-Token no puede contener espacios ni caracteres de control. Vuelve a copiarlo desde la pestaña Seguridad de tu cuenta de Z-API.</translation>
    </message>
    <message>
        <source>Another instance is already called &quot;%1&quot;. Choose a different name.</source>
        <translation>Ya hay otra instancia llamada &quot;%1&quot;. Elige otro nombre.</translation>
    </message>
    <message>
        <source>There is no instance called &quot;%1&quot;.</source>
        <translation>No hay ninguna instancia llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This instance&apos;s ID and token are not in the vault. Edit the instance and enter them again.</source>
        <translation>El ID y el token de esta instancia no están en la bóveda. Edita la instancia y vuelve a ingresarlos.</translation>
    </message>
    <message>
        <source>No system keychain is available, so credentials cannot be stored safely. On Linux, install and start GNOME Keyring or KWallet (a Secret Service provider); nothing is ever stored in plain text.</source>
        <translation>No hay ningún llavero del sistema disponible, así que las credenciales no se pueden guardar de forma segura. En Linux, instala e inicia GNOME Keyring o KWallet (un proveedor de Secret Service); nunca se guarda nada en texto sin cifrar.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Make sure it is running and unlocked, then try again.</source>
        <translation>El llavero del sistema informó un error. Asegúrate de que esté en ejecución y desbloqueado, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The credential vault could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation>No se pudo guardar la bóveda de credenciales (%1). No se cambió nada; revisa el espacio en disco y los permisos, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The instance list was damaged and could not be read. It was kept aside as %1; Partner Desk started with an empty list.</source>
        <translation>La lista de instancias estaba dañada y no se pudo leer. Se guardó aparte como %1; Partner Desk empezó con una lista vacía.</translation>
    </message>
    <message>
        <source>The instance list could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation>No se pudo guardar la lista de instancias (%1). No se cambió nada; revisa el espacio en disco y los permisos, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Z-API requires your account&apos;s Client-Token. Set it in Settings (find it in the Security tab of your Z-API account).</source>
        <translation>Z-API requiere el Client-Token de tu cuenta. Ingrésalo en Configuración (está en la pestaña Seguridad de tu cuenta de Z-API).</translation>
    </message>
    <message>
        <source>Z-API rejected the Client-Token. Copy it again from the Security tab of your Z-API account and update it in Settings.</source>
        <translation>Z-API rechazó el Client-Token. Vuelve a copiarlo desde la pestaña Seguridad de tu cuenta de Z-API y actualízalo en Configuración.</translation>
    </message>
    <message>
        <source>Z-API does not know this instance ID and token. Check them in the Z-API dashboard and edit the instance.</source>
        <translation>Z-API no reconoce este ID y token de instancia. Revísalos en el panel de Z-API y edita la instancia.</translation>
    </message>
    <message numerus="yes">
        <source>Z-API is receiving too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Z-API está recibiendo demasiadas solicitudes. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Z-API está recibiendo demasiadas solicitudes. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Z-API is receiving too many requests. Wait a moment and try again.</source>
        <translation>Z-API está recibiendo demasiadas solicitudes. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Z-API had a problem answering (HTTP %1). Try again in a moment; if it persists, check Z-API&apos;s status page.</source>
        <translation>Z-API tuvo un problema al responder (HTTP %1). Vuelve a intentarlo en un momento; si persiste, consulta la página de estado de Z-API.</translation>
    </message>
    <message>
        <source>Z-API answered with an unexpected status (HTTP %1). Try again; if it persists, check the API address in Settings.</source>
        <translation>Z-API respondió con un estado inesperado (HTTP %1). Vuelve a intentarlo; si persiste, revisa la dirección de la API en Configuración.</translation>
    </message>
    <message>
        <source>Z-API did not answer in time. Check your internet connection and try again, or raise the timeout in Settings.</source>
        <translation>Z-API no respondió a tiempo. Revisa tu conexión a internet y vuelve a intentarlo, o aumenta el tiempo de espera en Configuración.</translation>
    </message>
    <message>
        <source>The Z-API server could not be found. Check your internet connection and the API address in Settings.</source>
        <translation>No se encontró el servidor de Z-API. Revisa tu conexión a internet y la dirección de la API en Configuración.</translation>
    </message>
    <message>
        <source>Could not connect to Z-API. Check your internet connection, proxy or firewall and try again.</source>
        <translation>No se pudo conectar con Z-API. Revisa tu conexión a internet, el proxy o el firewall, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to Z-API could not be verified, so nothing was sent. Check the computer&apos;s date and time and any proxy that inspects HTTPS traffic.</source>
        <translation>No se pudo verificar la conexión segura con Z-API, así que no se envió nada. Revisa la fecha y la hora de la computadora y cualquier proxy que inspeccione el tráfico HTTPS.</translation>
    </message>
    <message>
        <source>The server tried to send the request to another address. It was stopped so your credentials stay with Z-API. Check the API address in Settings.</source>
        <translation>El servidor intentó enviar la solicitud a otra dirección. Se bloqueó para que tus credenciales no salgan de Z-API. Revisa la dirección de la API en Configuración.</translation>
    </message>
    <message>
        <source>Z-API&apos;s answer was far larger than expected and was discarded. Try again; if it persists, check the API address in Settings.</source>
        <translation>La respuesta de Z-API era mucho más grande de lo esperado y se descartó. Vuelve a intentarlo; si persiste, revisa la dirección de la API en Configuración.</translation>
    </message>
    <message>
        <source>Z-API&apos;s answer could not be understood. Try again; if it persists, check the API address in Settings.</source>
        <translation>No se pudo interpretar la respuesta de Z-API. Vuelve a intentarlo; si persiste, revisa la dirección de la API en Configuración.</translation>
    </message>
    <message>
        <source>Z-API sent a code that has already expired. Generate a new code; if it happens again, check this computer&apos;s clock.</source>
        <translation>Z-API envió un código que ya expiró. Genera un código nuevo; si vuelve a pasar, revisa el reloj de esta computadora.</translation>
    </message>
    <message>
        <source>Give the instance a name (at most 200 characters), so you can find it later.</source>
        <translation>Ponle un nombre a la instancia (200 caracteres como máximo) para encontrarla después.</translation>
    </message>
    <message>
        <source>This instance ID is already saved as &quot;%1&quot;. Edit that instance instead of adding it again.</source>
        <translation>Este ID de instancia ya está guardado como &quot;%1&quot;. Edita esa instancia en lugar de agregarla otra vez.</translation>
    </message>
    <message>
        <source>The instance no longer exists; it may have been removed in another Partner Desk window or from the command line.</source>
        <translation>La instancia ya no existe; puede que se haya quitado en otra ventana de Partner Desk o desde la línea de comandos.</translation>
    </message>
    <message>
        <source>The instance list could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation>No se pudo leer la lista de instancias (%1). Revisa los permisos de la carpeta de datos de Partner Desk; no se cambió nada.</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access. Unlock your keyring (or allow Partner Desk when asked) and try again; nothing was changed.</source>
        <translation>El llavero del sistema está bloqueado o no permitió el acceso. Desbloquea tu llavero (o permite el acceso a Partner Desk cuando se te pida) y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. If it is asking for your password, unlock it; otherwise log out and in again to restart it. Then try again; nothing was changed.</source>
        <translation>El llavero del sistema no respondió. Si te está pidiendo la contraseña, desbloquéalo; si no, cierra la sesión y vuelve a iniciarla para reiniciarlo. Luego vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The credential vault could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation>No se pudo leer la bóveda de credenciales (%1). Revisa los permisos de la carpeta de datos de Partner Desk; no se cambió nada.</translation>
    </message>
    <message>
        <source>The key that protects your saved credentials is no longer in the system keychain, so they cannot be read. Starting over keeps the old vault aside; then enter or import the credentials again.</source>
        <translation>La clave que protege tus credenciales guardadas ya no está en el llavero del sistema, así que no se pueden leer. Empezar de nuevo guarda aparte la bóveda antigua; luego ingresa o importa las credenciales otra vez.</translation>
    </message>
    <message>
        <source>The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside; then enter or import the credentials again.</source>
        <translation>La bóveda de credenciales está dañada o se modificó fuera de Partner Desk, así que no se puede abrir. Empezar de nuevo la guarda aparte; luego ingresa o importa las credenciales otra vez.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Partner Desk, which this version cannot read. Install the newer version; the profile was left as it is.</source>
        <translation>Este perfil fue guardado por una versión más nueva de Partner Desk, que esta versión no puede leer. Instala la versión más nueva; el perfil quedó como estaba.</translation>
    </message>
    <message>
        <source>This instance&apos;s saved ID and token could not be read: they were changed outside Partner Desk. Edit the instance and enter them again; nothing else is affected.</source>
        <translation>No se pudieron leer el ID y el token guardados de esta instancia: se cambiaron fuera de Partner Desk. Edita la instancia e ingrésalos de nuevo; nada más se ve afectado.</translation>
    </message>
    <message>
        <source>The saved Client-Token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the Security tab of your Z-API account).</source>
        <translation>No se pudo leer el Client-Token guardado: se cambió fuera de Partner Desk. Ingrésalo de nuevo en Configuración (está en la pestaña Seguridad de tu cuenta de Z-API).</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number with the area code, e.g. (11) 98765-4321; a number from another country starts with + and its country code.</source>
        <translation>Escribe el número de WhatsApp del cliente con el código de área, p. ej. (11) 98765-4321; un número de otro país empieza con + y su código de país.</translation>
    </message>
    <message>
        <source>No country has the calling code at the start of %1. Check the digits after the +, or leave out the + for a number in the default country (Settings).</source>
        <translation>El comienzo de %1 no corresponde al código de ningún país. Revisa los dígitos después del +, o quita el + si es un número del país predeterminado (Configuración).</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number. Check that the area code and every digit are there.</source>
        <translation>%1 es demasiado corto para ser un número de teléfono. Revisa que estén el código de área y todos los dígitos.</translation>
    </message>
    <message>
        <source>%1 is too long for a phone number. Check for an extra digit; a number from another country starts with + and its country code.</source>
        <translation>%1 es demasiado largo para ser un número de teléfono. Revisa si sobra algún dígito; un número de otro país empieza con + y su código de país.</translation>
    </message>
    <message>
        <source>%1 is not a phone number in that country&apos;s numbering plan. Check the area code and the digits; a number from another country starts with + and its country code.</source>
        <translation>%1 no es un número de teléfono válido en el plan de numeración de ese país. Revisa el código de área y los dígitos; un número de otro país empieza con + y su código de país.</translation>
    </message>
    <message>
        <source>%1 has an extension, which a WhatsApp number never has. Enter the number without it.</source>
        <translation>%1 tiene una extensión telefónica, algo que un número de WhatsApp nunca tiene. Escribe el número sin ella.</translation>
    </message>
    <message>
        <source>%1 is a toll-free, premium-rate or other service number, which cannot have WhatsApp. Enter the customer&apos;s mobile or landline number.</source>
        <translation>%1 es un número gratuito, de tarifa especial u otro número de servicio, que no puede tener WhatsApp. Escribe el número celular o fijo del cliente.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code — %1</source>
        <translation>Código de conexión de la extensión — %1</translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation>WhatsApp conectado: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… This window changes by itself when they have.</source>
        <translation>Esperando a que el cliente se conecte… Esta ventana cambia sola cuando lo haga.</translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether the customer has connected; trying again in %n second(s). %1</source>
        <translation>
            <numerusform>No se pudo comprobar si el cliente ya se conectó; se reintentará en %n segundo. %1</numerusform>
            <numerusform>No se pudo comprobar si el cliente ya se conectó; se reintentará en %n segundos. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired at %1. Generate a new code for the customer.</source>
        <translation>Expiró a las %1. Genera un código nuevo para el cliente.</translation>
    </message>
    <message>
        <source>Less than a minute left: %1 (until %2). If the customer is not ready, generate a new code.</source>
        <translation>Queda menos de un minuto: %1 (hasta las %2). Si el cliente no está listo, genera un código nuevo.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n second(s)</source>
        <translation>
            <numerusform>&amp;Reintentar en %n segundo</numerusform>
            <numerusform>&amp;Reintentar en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the %1 extension in Chrome.</source>
        <translation>Instala la extensión %1 en Chrome.</translation>
    </message>
    <message>
        <source>Open %1 logged in with the number to connect.</source>
        <translation>Abre %1 con la sesión iniciada en el número que se va a conectar.</translation>
    </message>
    <message>
        <source>Click the extension&apos;s icon and type the code.</source>
        <translation>Haz clic en el icono de la extensión y escribe el código.</translation>
    </message>
    <message>
        <source>Confirm on the extension&apos;s screen (&quot;Conectar na Z-API&quot;).</source>
        <translation>Confirma en la pantalla de la extensión (&quot;Conectar na Z-API&quot;).</translation>
    </message>
    <message>
        <source>The connection code. The customer types it in the Z-API Conector extension.</source>
        <translation>El código de conexión. El cliente lo escribe en la extensión Z-API Conector.</translation>
    </message>
    <message>
        <source>Valid for %1 min (until %2)</source>
        <translation>Válido durante %1 min (hasta las %2)</translation>
    </message>
    <message>
        <source>Less than a minute left; valid until %1.</source>
        <translation>Queda menos de un minuto; válido hasta las %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta las %1.</translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation>Deletreado: %1</translation>
    </message>
    <message>
        <source>The connection code, spelled out: %1. The customer types it in the Z-API Conector extension.</source>
        <translation>El código de conexión, deletreado: %1. El cliente lo escribe en la extensión Z-API Conector.</translation>
    </message>
    <message>
        <source>A computer with Google Chrome: the extension does not work on a phone.</source>
        <translation>Una computadora con Google Chrome: la extensión no funciona en un teléfono.</translation>
    </message>
    <message>
        <source>The %1 extension installed in Chrome.</source>
        <translation>La extensión %1 instalada en Chrome.</translation>
    </message>
    <message>
        <source>%1 open in Chrome, logged in with the number to connect.</source>
        <translation>%1 abierto en Chrome, con la sesión iniciada en el número que se va a conectar.</translation>
    </message>
    <message>
        <source>A code is valid for a few minutes only, so generate it when the customer has:</source>
        <translation>Un código solo es válido durante unos minutos, así que genéralo cuando el cliente tenga:</translation>
    </message>
    <message>
        <source>The preparation message below tells them all this, in their language.</source>
        <translation>El mensaje de preparación de abajo le explica todo esto al cliente, en su idioma.</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID de la instancia</translation>
    </message>
    <message>
        <source>Import instances</source>
        <translation>Importar instancias</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina en %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation>Importación terminada. Agregadas: %1, actualizadas: %2, omitidas: %3.</translation>
    </message>
    <message>
        <source>Rows that were skipped:</source>
        <translation>Filas omitidas:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n fila lista para importar.</numerusform>
            <numerusform>%n filas listas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n fila se omitirá.</numerusform>
            <numerusform>%n filas se omitirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Se muestra solo %n fila, la primera.</numerusform>
            <numerusform>Se muestran las primeras %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importando %n fila…</numerusform>
            <numerusform>Importando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se cambió nada.</translation>
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
        <translation>Agregar instancia</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Editar instancia</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
    <message>
        <source>Give the instance a name, so you can find it later.</source>
        <translation>Ponle un nombre a la instancia para encontrarla después.</translation>
    </message>
    <message>
        <source>Understood as %1, a mobile number in %2.</source>
        <translation>Se interpreta como %1, un número celular de %2.</translation>
    </message>
    <message>
        <source>Understood as %1, a landline in %2.</source>
        <translation>Se interpreta como %1, un número fijo de %2.</translation>
    </message>
    <message>
        <source>Understood as %1, a number in %2.</source>
        <translation>Se interpreta como %1, un número de %2.</translation>
    </message>
    <message>
        <source>Understood as %1, an internet (VoIP) number in %2.</source>
        <translation>Se interpreta como %1, un número de internet (VoIP) de %2.</translation>
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
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no verificado</translation>
    </message>
    <message>
        <source>Instance ID ends in %1</source>
        <translation>El ID de la instancia termina en %1</translation>
    </message>
    <message>
        <source>Instance ID ends in %1
%2</source>
        <translation>El ID de la instancia termina en %1
%2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Verificado el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>Last known status</source>
        <translation>Último estado conocido</translation>
    </message>
    <message>
        <source>Last code generated</source>
        <translation>Último código generado</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceRepository</name>
    <message>
        <source>the name &quot;%1&quot; belongs to another instance</source>
        <translation>el nombre &quot;%1&quot; pertenece a otra instancia</translation>
    </message>
    <message>
        <source>the name is empty or too long</source>
        <translation>el nombre está vacío o es demasiado largo</translation>
    </message>
    <message>
        <source>an import is already running</source>
        <translation>ya hay una importación en curso</translation>
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
        <translation>Partner Desk — demostración (clientes ficticios, no se guarda nada)</translation>
    </message>
    <message>
        <source>Partner Desk — profile %1</source>
        <translation>Partner Desk — perfil %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln instancia</numerusform>
            <numerusform>%Ln instancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln instance(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln instancia</numerusform>
            <numerusform>Mostrando %1 de %Ln instancias</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina en %1</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Quitar instancia</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Partner Desk?

Its instance ID and token are deleted from this computer. The instance itself keeps working at Z-API.</source>
        <translation>¿Quitar &quot;%1&quot; de Partner Desk?

Su ID y su token de instancia se borran de esta computadora. La instancia sigue funcionando en Z-API.</translation>
    </message>
    <message>
        <source>About Partner Desk</source>
        <translation>Acerca de Partner Desk</translation>
    </message>
    <message>
        <source>Partner Desk %1

For Z-API partners: keep your customers&apos; instances, with their credentials protected by the system keychain, and help customers connect WhatsApp.</source>
        <translation>Partner Desk %1

Para socios de Z-API: guarda las instancias de tus clientes, con sus credenciales protegidas por el llavero del sistema, y ayuda a tus clientes a conectar WhatsApp.</translation>
    </message>
    <message>
        <source>Saved credentials cannot be opened</source>
        <translation>No se pueden abrir las credenciales guardadas</translation>
    </message>
    <message>
        <source>%1

Start over now? The old vault is kept aside, untouched; your list of instances stays as it is, and you enter the Client-Token and the instances&apos; credentials again (or import them).</source>
        <translation>%1

¿Empezar de nuevo ahora? La bóveda antigua se guarda aparte, intacta; tu lista de instancias queda como está, y vuelves a ingresar el Client-Token y las credenciales de las instancias (o las importas).</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation>Ya está lista una bóveda nueva y vacía. Ingresa el Client-Token en Configuración y las credenciales de cada instancia con Editar, o vuelve a importarlas.</translation>
    </message>
    <message>
        <source>The old vault was kept as %1.

A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation>La bóveda antigua se guardó como %1.

Ya está lista una bóveda nueva y vacía. Ingresa el Client-Token en Configuración y las credenciales de cada instancia con Editar, o vuelve a importarlas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moving your instances from the previous version of Partner Desk…</source>
        <translation>Trayendo tus instancias de la versión anterior de Partner Desk…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your instances were not moved; Partner Desk moves them the next time it starts.</source>
        <translation>Tus instancias no se trajeron; Partner Desk las trae la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>No instance matches &quot;%1&quot;.</source>
        <translation>Ninguna instancia coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No instance is &quot;%1&quot;.</source>
        <translation>Ninguna instancia tiene el estado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; instance matches &quot;%2&quot;.</source>
        <translation>Ninguna instancia con el estado &quot;%1&quot; coincide con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Search by name, phone, notes or end of the instance ID</source>
        <translation>Buscar por nombre, teléfono, notas o final del ID de la instancia</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Set for this run with --api-base (or by demo mode).</source>
        <translation>Definida para esta ejecución con --api-base (o por el modo de demostración).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Z-API account</source>
        <translation>Cuenta de Z-API</translation>
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
        <translation>El token de seguridad de tu cuenta, de la pestaña Seguridad de tu cuenta de Z-API. Se envía en el encabezado Client-Token de cada solicitud y se guarda en la bóveda cifrada.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de las solicitudes:</translation>
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
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <source>&amp;Messages to customers:</source>
        <translation>Mensajes a c&amp;lientes:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>&amp;Default country for phone numbers:</source>
        <translation>&amp;País predeterminado para los números de teléfono:</translation>
    </message>
    <message>
        <source>A customer&apos;s number typed without + and a country code is taken as one of this country. Every number is saved and sent with its country code.</source>
        <translation>Un número de cliente escrito sin + ni código de país se toma como de este país. Todos los números se guardan y se envían con su código de país.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Tell me when a customer connects or a code e&amp;xpires (taskbar and desktop notification)</source>
        <translation>Avisarme cuando un cliente se conecte o un código e&amp;xpire (barra de tareas y notificación de escritorio)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;partnerdesk --help&apos;.</source>
        <translation>Prueba &apos;partnerdesk --help&apos;.</translation>
    </message>
    <message>
        <source>Partner Desk: your customers&apos; Z-API instances and the extension connection code.</source>
        <translation>Partner Desk: las instancias de Z-API de tus clientes y el código de conexión de la extensión.</translation>
    </message>
    <message>
        <source>Use the profile &lt;name&gt; (its own instances, vault and settings).</source>
        <translation>Usar el perfil &lt;name&gt; (con sus propias instancias, bóveda y configuración).</translation>
    </message>
    <message>
        <source>Talk to the Z-API at &lt;url&gt; for this run (default: from Settings).</source>
        <translation>Conectarse a Z-API en &lt;url&gt; en esta ejecución (predeterminada: la dirección de Configuración).</translation>
    </message>
    <message>
        <source>Try Partner Desk with made-up customers and a built-in sandbox Z-API; nothing is saved.</source>
        <translation>Probar Partner Desk con clientes ficticios y una Z-API de prueba integrada; no se guarda nada.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Exit as soon as the window has shown the list of instances, to time start-up.</source>
        <translation>Salir en cuanto la ventana muestre la lista de instancias, para medir el tiempo de inicio.</translation>
    </message>
</context>
</TS>
