<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountSyncDialog</name>
    <message>
        <source>Sync with Z-API account</source>
        <translation>Sincronizar con la cuenta de Z-API</translation>
    </message>
    <message>
        <source>Pages of the account read</source>
        <translation>Páginas leídas de la cuenta</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Agregadas:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizadas:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No guardadas:</translation>
    </message>
    <message>
        <source>No longer in the account:</source>
        <translation>Ya no están en la cuenta:</translation>
    </message>
    <message>
        <source>Instances that need your attention</source>
        <translation>Instancias que requieren tu atención</translation>
    </message>
</context>
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
    <message>
        <source>Partner Desk keeps your customers&apos; Z-API instances, with their IDs and tokens protected by the system keychain. Start with your account&apos;s Client-Token. With your partner token, sync brings in every instance of your Z-API account at once; or add instances one by one, or import a CSV file.</source>
        <translation>Partner Desk guarda las instancias de Z-API de tus clientes, con sus ID y tokens protegidos por el llavero del sistema. Empieza por el Client-Token de tu cuenta. Con tu token de socio, la sincronización trae de una vez todas las instancias de tu cuenta de Z-API; o agrega las instancias una por una, o importa un archivo CSV.</translation>
    </message>
    <message>
        <source>S&amp;ync from my Z-API account…</source>
        <translation>Si&amp;ncronizar desde mi cuenta de Z-API…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>Who is c&amp;onnected?</source>
        <translation>¿&amp;Quién está conectado?</translation>
    </message>
    <message>
        <source>Ask Z-API which WhatsApp number and phone are linked to this instance</source>
        <translation>Preguntar a Z-API qué número de WhatsApp y qué teléfono están vinculados a esta instancia</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>Restart this instance&apos;s connection; the customer does not need to scan a new QR code</source>
        <translation>Reiniciar la conexión de esta instancia; el cliente no necesita escanear un código QR nuevo</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Unlink WhatsApp from this instance; the customer must connect again</source>
        <translation>Desvincular WhatsApp de esta instancia; el cliente tendrá que volver a conectarse</translation>
    </message>
    <message>
        <source>S&amp;ync with Z-API account…</source>
        <translation>Si&amp;ncronizar con la cuenta de Z-API…</translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account, with its ID and token (needs the partner token)</source>
        <translation>Traer todas las instancias de tu cuenta de Z-API, con su ID y su token (requiere el token de socio)</translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation>&amp;Verificar el estado</translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on the selected instances</source>
        <translation>Preguntar a Z-API si WhatsApp está conectado en las instancias seleccionadas</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Check status of a&amp;ll instances</source>
        <translation>Verificar el estado de &amp;todas las instancias</translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on every instance in the list</source>
        <translation>Preguntar a Z-API si WhatsApp está conectado en cada instancia de la lista</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Bring back credentials kept aside…</source>
        <translation>&amp;Recuperar credenciales guardadas aparte…</translation>
    </message>
    <message>
        <source>Bring back the instances&apos; credentials and the tokens from a copy kept aside when this profile was started over</source>
        <translation>Recuperar las credenciales de las instancias y los tokens de una copia guardada aparte cuando se empezó de nuevo este perfil</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AccountSyncDialog</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configuración…</translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation>Sincronizar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Reading your Z-API account…</source>
        <translation>Leyendo tu cuenta de Z-API…</translation>
    </message>
    <message>
        <source>Page %v of %m</source>
        <translation>Página %v de %m</translation>
    </message>
    <message>
        <source>Reading your Z-API account: page %1 of %2 (%3 of %4 instances)…</source>
        <translation>Leyendo tu cuenta de Z-API: página %1 de %2 (%3 de %4 instancias)…</translation>
    </message>
    <message>
        <source>Done: your list now has every instance of your Z-API account.</source>
        <translation>Listo: tu lista ya tiene todas las instancias de tu cuenta de Z-API.</translation>
    </message>
    <message>
        <source>The sync stopped before reading anything.</source>
        <translation>La sincronización se detuvo antes de leer nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The sync stopped after page %1 of %2.</source>
        <translation>La sincronización se detuvo después de la página %1 de %2.</translation>
    </message>
    <message>
        <source>The pages read were saved. The rest of the account was not read, so its other instances were not brought in or updated, and the instances no longer in the account are not known yet. Sync again to finish.</source>
        <translation>Las páginas leídas se guardaron. El resto de la cuenta no se leyó, así que sus demás instancias no se trajeron ni se actualizaron, y todavía no se sabe qué instancias ya no están en la cuenta. Vuelve a sincronizar para terminar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s) no longer in the account…</source>
        <translation>
            <numerusform>&amp;Quitar %n instancia que ya no está en la cuenta…</numerusform>
            <numerusform>&amp;Quitar %n instancias que ya no están en la cuenta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Partner Desk: %1 of the instances no longer in your Z-API account.</source>
        <translation>Quitadas de Partner Desk: %1 de las instancias que ya no están en tu cuenta de Z-API.</translation>
    </message>
    <message>
        <source>No longer in your Z-API account (kept here, marked, until you remove them):</source>
        <translation>Ya no están en tu cuenta de Z-API (se conservan aquí, marcadas, hasta que las quites):</translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2)</source>
        <translation>  %1 (el ID de la instancia termina en %2)</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No guardadas:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2): %3</source>
        <translation>  %1 (el ID de la instancia termina en %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instance(s) from Partner Desk?</source>
        <translation>
            <numerusform>¿Quitar %n instancia de Partner Desk?</numerusform>
            <numerusform>¿Quitar %n instancias de Partner Desk?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Z-API account no longer has them:</source>
        <translation>Tu cuenta de Z-API ya no las tiene:</translation>
    </message>
    <message>
        <source>Their instance IDs and tokens are deleted from this computer. If one comes back to the account, the next sync brings it in again.</source>
        <translation>Sus ID y tokens de instancia se borran de esta computadora. Si alguna vuelve a la cuenta, la próxima sincronización la trae de nuevo.</translation>
    </message>
    <message>
        <source>Remove instances no longer in the account</source>
        <translation>Quitar instancias que ya no están en la cuenta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s)</source>
        <translation>
            <numerusform>&amp;Quitar %n instancia</numerusform>
            <numerusform>&amp;Quitar %n instancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed; the others are in the account again and were kept.</source>
        <translation>
            <numerusform>Se quitó %n instancia; las demás volvieron a la cuenta y se conservaron.</numerusform>
            <numerusform>Se quitaron %n instancias; las demás volvieron a la cuenta y se conservaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed.</source>
        <translation>
            <numerusform>Se quitó %n instancia.</numerusform>
            <numerusform>Se quitaron %n instancias.</numerusform>
        </translation>
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
    <name>PartnerDesk::CheckFailuresModel</name>
    <message>
        <source>Check failed: %1</source>
        <translation>Error al verificar: %1</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Error al verificar</translation>
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
    <message>
        <source>Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens,
the Client-Token, the partner token) are read from standard input, never from the command line, and
are kept in the profile&apos;s encrypted vault. NAME is an instance&apos;s name in any case, with or without
accents, or enough of its words to pick one instance.</source>
        <translation>Administra las instancias de Z-API de los clientes de un perfil de Partner Desk. Los secretos (ID y
tokens de las instancias, el Client-Token, el token de socio) se leen de la entrada estándar, nunca
de la línea de comandos, y se guardan en la bóveda cifrada del perfil. NAME es el nombre de una
instancia, sin importar mayúsculas ni acentos, o suficientes palabras de ese nombre para identificar
una sola instancia.</translation>
    </message>
    <message>
        <source>keychain, vault, instance list, data or configuration error, a missing Client-Token or partner token included (the message says what to fix)</source>
        <translation>error del llavero, de la bóveda, de la lista de instancias, de datos o de configuración, incluida la falta del Client-Token o del token de socio (el mensaje dice qué corregir)</translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation>  o: %1</translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli %1 COMMAND --help&apos; for a command&apos;s help.</source>
        <translation>Ejecuta &apos;partnerdesk-cli %1 COMANDO --help&apos; para ver la ayuda de un comando.</translation>
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
    <message>
        <source>From the command line: partnerdesk-cli partner-token set (reads the token from standard input).</source>
        <translation>Desde la línea de comandos: partnerdesk-cli partner-token set (lee el token de la entrada estándar).</translation>
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
        <source>Remove an instance and its stored ID and token.</source>
        <translation>Quitar una instancia junto con su ID y su token guardados.</translation>
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
        <source>not connected</source>
        <translation>no conectado</translation>
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
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Reading the account: page %1 of %2, %3 of %4 instances</source>
        <translation>Leyendo la cuenta: página %1 de %2, %3 de %4 instancias</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>No guardada: %1: %2</translation>
    </message>
    <message>
        <source>Sync incomplete: %1 added, %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Sincronización incompleta. Agregadas: %1, actualizadas: %2, sin cambios: %3, fallidas: %4.</translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone or removed. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation>La sincronización se detuvo después de %1 de %2 páginas; lo que contenían quedó guardado. Las demás páginas no se leyeron, y ninguna instancia se marcó como desaparecida ni se quitó. Vuelve a ejecutar &apos;partnerdesk-cli sync&apos; para terminar.</translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation>La sincronización se detuvo después de %1 de %2 páginas; lo que contenían quedó guardado. Las demás páginas no se leyeron, y ninguna instancia se marcó como desaparecida. Vuelve a ejecutar &apos;partnerdesk-cli sync&apos; para terminar.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone (%5 removed), %6 failed.</source>
        <translation>Sincronización terminada. Agregadas: %1, actualizadas: %2, sin cambios: %3, desaparecidas: %4 (quitadas: %5), fallidas: %6.</translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone, %5 failed.</source>
        <translation>Sincronización terminada. Agregadas: %1, actualizadas: %2, sin cambios: %3, desaparecidas: %4, fallidas: %5.</translation>
    </message>
    <message>
        <source>No longer in the account: %1</source>
        <translation>Ya no está en la cuenta: %1</translation>
    </message>
    <message>
        <source>Removed from the list: %1 of %2.</source>
        <translation>Quitadas de la lista: %1 de %2.</translation>
    </message>
    <message>
        <source>Kept in the list; &apos;partnerdesk-cli sync --prune&apos; removes them.</source>
        <translation>Se conservan en la lista; &apos;partnerdesk-cli sync --prune&apos; las quita.</translation>
    </message>
    <message>
        <source>Checking the instances: %1 of %2</source>
        <translation>Verificando las instancias: %1 de %2</translation>
    </message>
    <message>
        <source>The statuses checked before it (%1) are saved in the list.</source>
        <translation>Los estados verificados antes del error (%1) quedaron guardados en la lista.</translation>
    </message>
    <message>
        <source>Z-API says</source>
        <translation>Z-API dice</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 connected, %2 not connected, %3 failed.</source>
        <translation>Conectadas: %1, no conectadas: %2, fallidas: %3.</translation>
    </message>
    <message>
        <source>No instance could be checked. The first failure: %1</source>
        <translation>No se pudo verificar ninguna instancia. El primer error: %1</translation>
    </message>
    <message>
        <source>The language of the customer&apos;s message: pt_BR, es or en (default: the customer&apos;s language in Settings, Portuguese unless changed).</source>
        <translation>El idioma del mensaje para el cliente: pt_BR, es o en (predeterminado: el idioma del cliente en la configuración, portugués salvo que se cambie).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>Z-API answered with an error, or the network failed</source>
        <translation>Z-API respondió con un error, o falló la red</translation>
    </message>
    <message>
        <source>standard input held no token, or an argument was given</source>
        <translation>la entrada estándar no contenía ningún token, o se indicó un argumento</translation>
    </message>
    <message>
        <source>the keychain, the vault or the instance list failed, or the token is not valid (the message says which)</source>
        <translation>falló el llavero, la bóveda o la lista de instancias, o el token no es válido (el mensaje dice cuál)</translation>
    </message>
    <message>
        <source>usage error, or NAME matches several instances (they are listed)</source>
        <translation>error de uso, o NAME coincide con varias instancias (se muestran)</translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation>ninguna instancia se llama NAME, no hay ningún Client-Token configurado, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Store your Z-API partner token (for &apos;sync&apos;), read from standard input.</source>
        <translation>Guardar tu token de socio de Z-API (para &apos;sync&apos;), leído de la entrada estándar.</translation>
    </message>
    <message>
        <source>Reads the partner (integrator) token of your Z-API account from the first line of standard input,
for example: pass show z-api-partner | partnerdesk-cli partner-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted
vault, and sent only to Z-API&apos;s list of the account&apos;s instances (never with an instance&apos;s requests).</source>
        <translation>Lee el token de socio (integrador) de tu cuenta de Z-API de la primera línea de la entrada estándar,
por ejemplo: pass show z-api-partner | partnerdesk-cli partner-token set
Si la entrada estándar es una terminal, se pide sin mostrar lo que se escribe. Se guarda en la bóveda
cifrada del perfil y solo se envía a la lista de instancias de la cuenta en Z-API (nunca con las
solicitudes de una instancia).</translation>
    </message>
    <message>
        <source>Remove the stored partner token.</source>
        <translation>Eliminar el token de socio guardado.</translation>
    </message>
    <message>
        <source>the instance was added</source>
        <translation>se agregó la instancia</translation>
    </message>
    <message>
        <source>usage error: no NAME, or standard input did not hold the ID and the token</source>
        <translation>error de uso: falta NAME, o la entrada estándar no contenía el ID y el token</translation>
    </message>
    <message>
        <source>the name or the instance ID is already saved, a value is not valid (the phone, the ID, the token), or the keychain, the vault or the instance list failed</source>
        <translation>el nombre o el ID de la instancia ya está guardado, un valor no es válido (el teléfono, el ID, el token), o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Change an instance&apos;s name, phone or notes, or its ID and token (from standard input).</source>
        <translation>Cambiar el nombre, el teléfono o las notas de una instancia, o su ID y su token (de la entrada estándar).</translation>
    </message>
    <message>
        <source>Changes only what is given. --phone &quot;&quot; and --note &quot;&quot; clear the phone and the notes. With
--credentials, reads the new instance ID from the first line of standard input and the new instance
token from the second, as &apos;add&apos; does; nothing else is read from standard input.
NAME is the instance&apos;s name in any case, with or without accents, or enough of its words to pick one.</source>
        <translation>Cambia solo lo que se indica. --phone &quot;&quot; y --note &quot;&quot; borran el teléfono y las notas. Con --credentials,
lee el nuevo ID de la instancia de la primera línea de la entrada estándar y el nuevo token de la
instancia de la segunda, como hace &apos;add&apos;; no se lee nada más de la entrada estándar.
NAME es el nombre de la instancia, sin importar mayúsculas ni acentos, o suficientes palabras de ese
nombre para identificar una sola.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>El nombre nuevo.</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way (empty: none).</source>
        <translation>El número de WhatsApp del cliente, escrito de cualquier forma habitual (vacío: ninguno).</translation>
    </message>
    <message>
        <source>The new notes (empty: none).</source>
        <translation>Las notas nuevas (vacío: ninguna).</translation>
    </message>
    <message>
        <source>Read a new instance ID and token from standard input, one a line.</source>
        <translation>Leer un nuevo ID y un nuevo token de instancia de la entrada estándar, uno por línea.</translation>
    </message>
    <message>
        <source>the instance was changed</source>
        <translation>se cambió la instancia</translation>
    </message>
    <message>
        <source>usage error: nothing to change, a blank --name, --credentials without the ID and the token on standard input, or NAME matches several instances (they are listed)</source>
        <translation>error de uso: nada que cambiar, un --name vacío, --credentials sin el ID y el token en la entrada estándar, o NAME coincide con varias instancias (se muestran)</translation>
    </message>
    <message>
        <source>no instance is called NAME, the new name or ID is already saved, a value is not valid, or the keychain, the vault or the instance list failed</source>
        <translation>ninguna instancia se llama NAME, el nombre o el ID nuevos ya están guardados, un valor no es válido, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Shows what the instance list keeps: name, phone, last known status, when the last code was made
and the last characters of the instance ID. No secret is read or shown.
--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due,
goneSince}, where status is connected, disconnected or unknown; lastCodeAt, due (the subscription&apos;s
due date, from the last sync) and goneSince (when a sync first found the instance missing from the
account) are milliseconds since 1970 (UTC) or null; paymentStatus is Z-API&apos;s word, or empty.</source>
        <translation>Muestra lo que guarda la lista de instancias: nombre, teléfono, último estado conocido, cuándo se generó
el último código y los últimos caracteres del ID de la instancia. No se lee ni se muestra ningún secreto.
--json muestra un arreglo de {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due,
goneSince}, donde status es connected, disconnected o unknown; lastCodeAt, due (la fecha de vencimiento de
la suscripción, según la última sincronización) y goneSince (cuándo una sincronización notó por primera
vez que la instancia ya no estaba en la cuenta) son milisegundos desde 1970 (UTC) o null; paymentStatus es
la palabra de Z-API, o vacío.</translation>
    </message>
    <message>
        <source>listed (an empty list too)</source>
        <translation>se mostró la lista (aunque esté vacía)</translation>
    </message>
    <message>
        <source>the instance list could not be read</source>
        <translation>no se pudo leer la lista de instancias</translation>
    </message>
    <message>
        <source>NAME is the instance&apos;s whole name, in any case, with or without accents: as removing cannot be
undone, a few of its words are not enough. Needs no keychain.</source>
        <translation>NAME es el nombre completo de la instancia, sin importar mayúsculas ni acentos: como quitarla no se puede
deshacer, no bastan algunas de sus palabras. No necesita el llavero.</translation>
    </message>
    <message>
        <source>the instance was removed</source>
        <translation>se quitó la instancia</translation>
    </message>
    <message>
        <source>usage error, or NAME is only part of a name or matches several instances (they are listed)</source>
        <translation>error de uso, o NAME es solo parte de un nombre o coincide con varias instancias (se muestran)</translation>
    </message>
    <message>
        <source>no instance is called NAME, or the instance list could not be changed</source>
        <translation>ninguna instancia se llama NAME, o no se pudo modificar la lista de instancias</translation>
    </message>
    <message>
        <source>imported, even when some rows were skipped</source>
        <translation>se importó, aunque se hayan omitido algunas filas</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>error de uso</translation>
    </message>
    <message>
        <source>the file could not be read, every row was skipped, or the keychain, the vault or the instance list failed</source>
        <translation>no se pudo leer el archivo, se omitieron todas las filas, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account (needs the partner token).</source>
        <translation>Traer todas las instancias de tu cuenta de Z-API (requiere el token de socio).</translation>
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
        <translation>Lee de Z-API la lista de instancias de la cuenta, página por página, con el token de socio (consulta
&apos;partnerdesk-cli partner-token set&apos;), y agrega o actualiza cada instancia según su ID: una nueva recibe el
nombre que tiene en la cuenta, un token renovado se actualiza y un nombre que le hayas puesto se conserva.
Mientras se ejecuta en una terminal, la salida de error estándar muestra cuánto avanzó. Al final muestra
una línea: cuántas instancias se agregaron, se actualizaron, quedaron sin cambios, desaparecieron (están
en la lista pero ya no en la cuenta) y fallaron (Z-API las envió pero no se pudieron guardar). La salida
de error estándar nombra las desaparecidas y las fallidas. Las desaparecidas se conservan, salvo que se
indique --prune. Una sincronización interrumpida (porque falló Z-API o la red) conserva las páginas que
leyó, no marca nada como desaparecido e indica cuánto avanzó; vuelve a ejecutarla para terminar.
--json muestra una línea {added, updated, unchanged, gone, failed} (números) en lugar del resumen.</translation>
    </message>
    <message>
        <source>Remove the instances no longer in the account (only after a complete sync).</source>
        <translation>Quitar las instancias que ya no están en la cuenta (solo después de una sincronización completa).</translation>
    </message>
    <message>
        <source>Print one line of JSON instead of the summary, for scripts.</source>
        <translation>Mostrar una línea de JSON en lugar del resumen, para scripts.</translation>
    </message>
    <message>
        <source>every page was read and applied (entries that could not be stored are counted as failed and listed)</source>
        <translation>se leyeron y aplicaron todas las páginas (las entradas que no se pudieron guardar se cuentan como fallidas y se muestran)</translation>
    </message>
    <message>
        <source>stopped part-way: Z-API answered with an error (a rejected partner token included) or the network failed; the pages read before are kept</source>
        <translation>se detuvo a medias: Z-API respondió con un error (incluido un token de socio rechazado) o falló la red; se conservan las páginas leídas antes</translation>
    </message>
    <message>
        <source>no partner token is set, or the keychain, the vault or the instance list failed</source>
        <translation>no hay ningún token de socio configurado, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Ask Z-API whether an instance&apos;s WhatsApp is connected, or every instance&apos;s (--all).</source>
        <translation>Preguntar a Z-API si el WhatsApp de una instancia está conectado, o el de todas (--all).</translation>
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
        <translation>Muestra &quot;Conectado&quot; o &quot;No conectado&quot; para la instancia llamada NAME, con el mensaje propio de Z-API cuando
lo envía, y guarda la respuesta en la lista de instancias (la columna de estado de &apos;list&apos;).
Termina con 0 tanto si la instancia está conectada como si no: la pregunta tuvo respuesta. Cualquier otro
código de salida significa que no se pudo preguntar.
--all pregunta por todas las instancias, con 4 solicitudes a la vez como máximo, muestra cuánto avanzó en
una terminal e imprime una tabla (nombre, estado, el mensaje de Z-API o por qué falló esa instancia) y una
línea de resumen. Una instancia que falla (su ID o token rechazados, un tiempo de espera agotado) falla en
su propia fila; la verificación continúa. Un error que afectaría a todas las instancias (sin Client-Token)
la detiene.
--json muestra una línea {instance, connected, smartphoneConnected, message}; con --all, un arreglo de
{name, status, connected, message} en orden de nombre, donde status es connected, disconnected o unknown,
connected es true, false o null, y una instancia fallida también tiene &quot;error&quot; (el motivo).</translation>
    </message>
    <message>
        <source>Every instance of the profile, instead of NAME.</source>
        <translation>Todas las instancias del perfil, en lugar de NAME.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Mostrar JSON en lugar de texto, para scripts.</translation>
    </message>
    <message>
        <source>answered, connected or not; with --all, at least one instance answered (the rows of the others say why they failed), or there are none</source>
        <translation>hubo respuesta, conectada o no; con --all, respondió al menos una instancia (las filas de las demás dicen por qué fallaron), o no hay ninguna</translation>
    </message>
    <message>
        <source>Z-API answered with an error or the network failed (with --all: for every instance)</source>
        <translation>Z-API respondió con un error o falló la red (con --all: para todas las instancias)</translation>
    </message>
    <message>
        <source>usage error (NAME and --all together, or neither), or NAME matches several instances (they are listed)</source>
        <translation>error de uso (NAME y --all juntos, o ninguno de los dos), o NAME coincide con varias instancias (se muestran)</translation>
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
        <translation>Pide a Z-API un código nuevo para la instancia llamada NAME (sin importar mayúsculas) y lo muestra junto
con cuánto tiempo es válido (unos 5 minutos; vuelve a ejecutar el comando para obtener otro).
El cliente instala la extensión Z-API Conector en Chrome
(https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), abre https://web.whatsapp.com/
con el número que se va a conectar, hace clic en el icono de la extensión y escribe el código.
Luego, &apos;partnerdesk-cli status NAME&apos; indica si WhatsApp quedó vinculado; &apos;partnerdesk-cli message NAME&apos;
muestra, en su lugar, un mensaje listo para enviar al cliente.
--json muestra una línea {instance, code, expiresAt, secondsLeft}: expiresAt son milisegundos desde 1970
(UTC) según el reloj de Z-API, tal como lo envió Z-API; secondsLeft se cuenta con el reloj de esta
computadora, corregido según la diferencia entre ambos.</translation>
    </message>
    <message>
        <source>the code was printed</source>
        <translation>se mostró el código</translation>
    </message>
    <message>
        <source>Print a ready-to-send message for the customer, with a fresh extension connection code.</source>
        <translation>Mostrar un mensaje listo para enviar al cliente, con un código de conexión de la extensión recién generado.</translation>
    </message>
    <message>
        <source>Asks Z-API for a new extension connection code for the instance called NAME, as &apos;code&apos; does, and
prints only the message the customer needs: the code, how long it is still valid, the link to the
Z-API Conector extension, https://web.whatsapp.com/ and the four steps. It is written in the
customer&apos;s language, whatever language the command line speaks: --lang, or Settings&apos; choice.
For example: partnerdesk-cli message &quot;Padaria Pão de Mel&quot; --lang es | xclip -selection clipboard</source>
        <translation>Pide a Z-API un código de conexión de la extensión nuevo para la instancia llamada NAME, como hace &apos;code&apos;,
y muestra solo el mensaje que necesita el cliente: el código, cuánto tiempo sigue siendo válido, el enlace
a la extensión Z-API Conector, https://web.whatsapp.com/ y los cuatro pasos. Está escrito en el idioma del
cliente, sea cual sea el idioma de la línea de comandos: --lang, o el que se eligió en la configuración.
Por ejemplo: partnerdesk-cli message &quot;Panadería Pan de Miel&quot; --lang es | xclip -selection clipboard</translation>
    </message>
    <message>
        <source>the message was printed</source>
        <translation>se mostró el mensaje</translation>
    </message>
    <message>
        <source>usage error (a --lang that is not pt_BR, es or en), or NAME matches several instances (they are listed)</source>
        <translation>error de uso (un --lang que no es pt_BR, es ni en), o NAME coincide con varias instancias (se muestran)</translation>
    </message>
    <message>
        <source>Save the QR code the customer scans to link WhatsApp, as a PNG file.</source>
        <translation>Guardar como archivo PNG el código QR que el cliente escanea para vincular WhatsApp.</translation>
    </message>
    <message>
        <source>Asks Z-API for the instance&apos;s QR code and writes it to the file --out names, readable by you only
(whoever scans it links their WhatsApp to the instance). The customer scans it in WhatsApp: Linked
devices, Link a device. WhatsApp changes the code about every 20 seconds: send it at once, and run
the command again for a fresh one. An existing file is left alone unless --force is given; then it
is replaced (a symbolic link is replaced itself: what it points to is never written).</source>
        <translation>Pide a Z-API el código QR de la instancia y lo escribe en el archivo que indica --out, legible solo por ti
(quien lo escanee vincula su WhatsApp a la instancia). El cliente lo escanea en WhatsApp: Dispositivos
vinculados, Vincular un dispositivo. WhatsApp cambia el código aproximadamente cada 20 segundos: envíalo
de inmediato y vuelve a ejecutar el comando para obtener uno nuevo. Un archivo existente no se toca, salvo
que se indique --force; en ese caso se reemplaza (si es un enlace simbólico, se reemplaza el enlace mismo:
nunca se escribe en el archivo al que apunta).</translation>
    </message>
    <message>
        <source>Where to write the PNG image (required).</source>
        <translation>Dónde escribir la imagen PNG (obligatorio).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Reemplazar el archivo si ya existe.</translation>
    </message>
    <message>
        <source>the QR code was written</source>
        <translation>se escribió el código QR</translation>
    </message>
    <message>
        <source>usage error (no --out, or its file exists and --force was not given, or it is a folder), or NAME matches several instances (they are listed)</source>
        <translation>error de uso (falta --out, o su archivo ya existe y no se indicó --force, o es una carpeta), o NAME coincide con varias instancias (se muestran)</translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, the file could not be written, or the keychain, the vault or the instance list failed</source>
        <translation>ninguna instancia se llama NAME, no hay ningún Client-Token configurado, no se pudo escribir el archivo, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>Get the code the customer types in WhatsApp to link it with their phone number.</source>
        <translation>Generar el código que el cliente escribe en WhatsApp para vincularlo con su número de teléfono.</translation>
    </message>
    <message>
        <source>Asks Z-API for a phone-number code for the instance called NAME, for the phone number saved with it
(set one with &apos;partnerdesk-cli edit NAME --phone NUMBER&apos;). Prints the code, then a ready-to-send
message for the customer in their language (--lang, or Settings&apos; choice): on the phone with
WhatsApp, Linked devices, Link a device, Link with phone number instead, and type the code.
--json prints one line {instance, phone, code, message}; phone is the international number used.</source>
        <translation>Pide a Z-API un código por número de teléfono para la instancia llamada NAME, para el número guardado con
ella (configura uno con &apos;partnerdesk-cli edit NAME --phone NUMBER&apos;). Muestra el código y luego un mensaje
listo para enviar al cliente en su idioma (--lang, o el que se eligió en la configuración): en el teléfono
con WhatsApp, Dispositivos vinculados, Vincular un dispositivo, Vincular con el número de teléfono, y
escribir el código.
--json muestra una línea {instance, phone, code, message}; phone es el número internacional usado.</translation>
    </message>
    <message>
        <source>no instance is called NAME, it has no phone number (or one that cannot be a WhatsApp number), no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation>ninguna instancia se llama NAME, no tiene número de teléfono (o tiene uno que no puede ser de WhatsApp), no hay ningún Client-Token configurado, o falló el llavero, la bóveda o la lista de instancias</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only part of the name &quot;%2&quot;. &apos;%3&apos; needs the whole name (in any case, accents optional), as it cannot be undone.</source>
        <translation>&quot;%1&quot; es solo parte del nombre &quot;%2&quot;. &apos;%3&apos; necesita el nombre completo (sin importar mayúsculas ni acentos), porque no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n instances. Give more of the name, or the whole name, of one of them:</source>
        <translation>
            <numerusform>&quot;%1&quot; coincide con %n instancia. Indica más del nombre, o el nombre completo:</numerusform>
            <numerusform>&quot;%1&quot; coincide con %n instancias. Indica más del nombre, o el nombre completo, de una de ellas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  y %n más</numerusform>
            <numerusform>  y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner token: </source>
        <translation>Token de socio: </translation>
    </message>
    <message>
        <source>Standard input held no partner token; it is read from the first line.</source>
        <translation>La entrada estándar no contenía ningún token de socio; se lee de la primera línea.</translation>
    </message>
    <message>
        <source>Partner token saved.</source>
        <translation>Token de socio guardado.</translation>
    </message>
    <message>
        <source>Partner token removed.</source>
        <translation>Token de socio eliminado.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --phone, --note or --credentials.</source>
        <translation>Nada que cambiar: indica --name, --phone, --note o --credentials.</translation>
    </message>
    <message>
        <source>With --credentials, standard input must hold the new instance ID on the first line and the new instance token on the second.</source>
        <translation>Con --credentials, la entrada estándar debe contener el nuevo ID de la instancia en la primera línea y el nuevo token de la instancia en la segunda.</translation>
    </message>
    <message>
        <source>Updated %1 (was %2).</source>
        <translation>Se actualizó %1 (antes: %2).</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Se actualizó %1.</translation>
    </message>
    <message>
        <source>--lang: the customer&apos;s message can be written in %1, not &quot;%2&quot;.</source>
        <translation>--lang: el mensaje para el cliente puede estar en %1, no en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give NAME or --all, not both.</source>
        <translation>Indica NAME o --all, no ambos.</translation>
    </message>
    <message>
        <source>Missing NAME for &quot;status&quot; (or --all for every instance).</source>
        <translation>Falta NAME para &quot;status&quot; (o --all para todas las instancias).</translation>
    </message>
    <message>
        <source>Say where to write the QR code: --out FILE.png.</source>
        <translation>Indica dónde escribir el código QR: --out FILE.png.</translation>
    </message>
    <message>
        <source>--out: %1 is a folder; name the file to write.</source>
        <translation>--out: %1 es una carpeta; indica el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>--out: %1 already exists. Choose another name, or add --force to replace it.</source>
        <translation>--out: %1 ya existe. Elige otro nombre, o agrega --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>No se pudo reemplazar %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the QR code of %1 to %2. The customer scans it in WhatsApp (Linked devices, Link a device) at once: it changes about every 20 seconds.</source>
        <translation>Se guardó el código QR de %1 en %2. El cliente debe escanearlo de inmediato en WhatsApp (Dispositivos vinculados, Vincular un dispositivo): cambia aproximadamente cada 20 segundos.</translation>
    </message>
    <message>
        <source>%1 has no phone number, and the code is made for the customer&apos;s number. Save it first: partnerdesk-cli edit &quot;%1&quot; --phone NUMBER</source>
        <translation>%1 no tiene número de teléfono, y el código se genera para el número del cliente. Guárdalo primero: partnerdesk-cli edit &quot;%1&quot; --phone NUMBER</translation>
    </message>
    <message>
        <source>For %1: the customer types it in WhatsApp (Linked devices, Link a device, Link with phone number instead) at once. The message for them:</source>
        <translation>Para %1: el cliente debe escribirlo de inmediato en WhatsApp (Dispositivos vinculados, Vincular un dispositivo, Vincular con el número de teléfono). El mensaje para el cliente:</translation>
    </message>
    <message>
        <source>Bring back the credentials that starting over kept aside.</source>
        <translation>Recuperar las credenciales que empezar de nuevo guardó aparte.</translation>
    </message>
    <message>
        <source>When the saved credentials could not be opened and you started over, Partner Desk kept a copy of the
profile&apos;s database (partnerdesk.db.unreadable-DATE, in the profile&apos;s folder) and, under the same
date, the key the system keychain held then. Without COPY, lists those copies, newest first.
With COPY (its name or its date, as listed), opens it with the key kept for it and saves again, with
today&apos;s key, what is missing now: the ID and token of each instance still listed that has none, and
the Client-Token and partner token if they are not set. Whatever was entered since is kept. The
copy and the kept key are left as they are, so this can be run again.</source>
        <translation>Cuando las credenciales guardadas no se pudieron abrir y empezaste de nuevo, Partner Desk guardó una copia
de la base de datos del perfil (partnerdesk.db.unreadable-FECHA, en la carpeta del perfil) y, con la misma
fecha, la clave que tenía entonces el llavero del sistema. Sin COPY, lista esas copias, de la más reciente
a la más antigua. Con COPY (su nombre o su fecha, como se listan), la abre con la clave guardada para ella
y guarda de nuevo, con la clave de hoy, lo que falta ahora: el ID y el token de cada instancia aún listada
que no tiene ninguno, y el Client-Token y el token de socio si no están definidos. Lo ingresado después se
conserva. La copia y la clave guardada quedan como están, así que esto se puede repetir.</translation>
    </message>
    <message>
        <source>listed, or brought back (also when nothing was missing any more)</source>
        <translation>listadas, o recuperadas (también cuando ya no faltaba nada)</translation>
    </message>
    <message>
        <source>usage error, or no copy is called COPY (the copies are listed)</source>
        <translation>error de uso, o ninguna copia se llama COPY (se listan las copias)</translation>
    </message>
    <message>
        <source>no key was kept for COPY or it does not open it, or the keychain, the vault or the instance list failed (the message says which)</source>
        <translation>no se guardó ninguna clave para COPY o no la abre, o falló el llavero, la bóveda o la lista de instancias (el mensaje dice cuál)</translation>
    </message>
    <message>
        <source>No copy was kept aside in this profile: it was never started over.</source>
        <translation>No se guardó ninguna copia aparte en este perfil: nunca se empezó de nuevo.</translation>
    </message>
    <message>
        <source>Copies kept aside when this profile was started over, newest first:</source>
        <translation>Copias guardadas aparte cuando se empezó de nuevo este perfil, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Bring one back with: partnerdesk-cli recover COPY</source>
        <translation>Recupera una con: partnerdesk-cli recover COPY</translation>
    </message>
    <message>
        <source>No copy kept aside is called &quot;%1&quot;. The copies are:</source>
        <translation>Ninguna copia guardada aparte se llama &quot;%1&quot;. Las copias son:</translation>
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
    <message>
        <source>it changed while it was being read. Wait until it has been saved, then import it again.</source>
        <translation>cambió mientras se leía. Espera a que se termine de guardar e impórtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Database</name>
    <message>
        <source>another Partner Desk is saving</source>
        <translation>otro Partner Desk está guardando</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
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
    <message>
        <source>The partner token may not contain spaces or control characters. Copy it again from the partner (integrator) area of your Z-API account.</source>
        <translation>El token de socio no puede contener espacios ni caracteres de control. Vuelve a copiarlo desde el área de socios (integradores) de tu cuenta de Z-API.</translation>
    </message>
    <message>
        <source>The saved partner token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the partner area of your Z-API account).</source>
        <translation>No se pudo leer el token de socio guardado: se cambió fuera de Partner Desk. Ingrésalo de nuevo en Configuración (está en el área de socios de tu cuenta de Z-API).</translation>
    </message>
    <message>
        <source>Syncing the account needs your Z-API partner token. Set it in Settings (find it in the partner area of your Z-API account).</source>
        <translation>Para sincronizar la cuenta se necesita tu token de socio de Z-API. Ingrésalo en Configuración (está en el área de socios de tu cuenta de Z-API).</translation>
    </message>
    <message>
        <source>Z-API rejected the partner token. Copy it again from the partner area of your Z-API account and update it in Settings.</source>
        <translation>Z-API rechazó el token de socio. Vuelve a copiarlo desde el área de socios de tu cuenta de Z-API y actualízalo en Configuración.</translation>
    </message>
    <message>
        <source>This instance&apos;s Z-API subscription has expired, so it cannot be used until it is renewed. Renew it in the Z-API dashboard.</source>
        <translation>La suscripción de Z-API de esta instancia venció, así que no se puede usar hasta que se renueve. Renuévala en el panel de Z-API.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: Windows keeps it for a device (as it does CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, in any case). Choose another name.</source>
        <translation>&quot;%1&quot; no puede ser un nombre de perfil: Windows lo reserva para un dispositivo (como CON, PRN, AUX, NUL, COM1 a COM9 y LPT1 a LPT9, en mayúsculas o minúsculas). Elige otro nombre.</translation>
    </message>
    <message>
        <source>There are profiles spelled %1, which Windows and macOS cannot tell apart. Give the profile name with exactly the capital letters of the one you mean.</source>
        <translation>Hay perfiles escritos %1, que Windows y macOS no distinguen. Escribe el nombre del perfil exactamente con las mayúsculas del que quieres.</translation>
    </message>
    <message>
        <source>Partner Desk did not open %1: it is a symbolic link or another special file where Partner Desk keeps its own files, and nothing was written through it. Move it away and start Partner Desk again.</source>
        <translation>Partner Desk no abrió %1: es un enlace simbólico u otro archivo especial en el lugar donde Partner Desk guarda sus propios archivos, y no se escribió nada a través de él. Muévelo a otro lugar e inicia Partner Desk de nuevo.</translation>
    </message>
    <message>
        <source>The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside, and the key in the system keychain beside it; then enter or import the credentials again.</source>
        <translation>La bóveda de credenciales está dañada o se modificó fuera de Partner Desk, así que no se puede abrir. Empezar de nuevo la guarda aparte, y la clave del llavero del sistema junto a ella; luego ingresa o importa las credenciales otra vez.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for this profile holds %1 bytes, not the 32-byte key Partner Desk made, so it was changed by another program or by hand and cannot open your saved credentials. Starting over keeps that entry under a dated name and the vault aside; then enter or import the credentials again.</source>
        <translation>La entrada del llavero del sistema para este perfil tiene %1 bytes, y no la clave de 32 bytes que creó Partner Desk: la cambió otro programa o alguien a mano, y no abre tus credenciales guardadas. Empezar de nuevo guarda esa entrada con un nombre con fecha y la bóveda aparte; luego ingresa o importa las credenciales otra vez.</translation>
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
    <message>
        <source>Instance %1</source>
        <translation>Instancia %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::KeptAside</name>
    <message numerus="yes">
        <source>Brought back from %1: the ID and token of %n instance(s).</source>
        <translation>
            <numerusform>Recuperados de %1: el ID y el token de %n instancia.</numerusform>
            <numerusform>Recuperados de %1: el ID y el token de %n instancias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Client-Token was brought back.</source>
        <translation>Se recuperó el Client-Token.</translation>
    </message>
    <message>
        <source>The partner token was brought back.</source>
        <translation>Se recuperó el token de socio.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept instance(s): removed since, or given new credentials since.</source>
        <translation>
            <numerusform>Se dejó fuera %n instancia guardada: se eliminó después, o se le ingresaron credenciales nuevas después.</numerusform>
            <numerusform>Se dejaron fuera %n instancias guardadas: se eliminaron después, o se les ingresaron credenciales nuevas después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept value(s) that could not be opened.</source>
        <translation>
            <numerusform>Se dejó fuera %n valor guardado que no se pudo abrir.</numerusform>
            <numerusform>Se dejaron fuera %n valores guardados que no se pudieron abrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key was kept for %1: the system keychain held none when this profile was started over, so the credentials in it cannot be opened.</source>
        <translation>No se guardó ninguna clave para %1: el llavero del sistema no tenía ninguna cuando se empezó de nuevo este perfil, así que sus credenciales no se pueden abrir.</translation>
    </message>
    <message>
        <source>The key kept for %1 does not open it: it is not the key its credentials were saved with, so they cannot be brought back.</source>
        <translation>La clave guardada para %1 no la abre: no es la clave con la que se guardaron sus credenciales, así que no se pueden recuperar.</translation>
    </message>
    <message>
        <source>What the keychain held for %1 is not a Partner Desk key (%2 bytes), so the credentials in it cannot be opened.</source>
        <translation>Lo que el llavero tenía para %1 no es una clave de Partner Desk (%2 bytes), así que sus credenciales no se pueden abrir.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left as it is.</source>
        <translation>No se pudo leer %1 (%2); el archivo quedó como estaba.</translation>
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
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation>Ya está lista una bóveda nueva y vacía. Ingresa el Client-Token en Configuración y las credenciales de cada instancia con Editar, o vuelve a importarlas.</translation>
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
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Período de prueba</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pago atrasado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Checking status: %1 of %2</source>
        <translation>Verificando el estado: %1 de %2</translation>
    </message>
    <message>
        <source>Stop checking; the statuses found so far are kept</source>
        <translation>Detener la verificación; se conservan los estados obtenidos hasta ahora</translation>
    </message>
    <message>
        <source>Status check progress</source>
        <translation>Progreso de la verificación de estado</translation>
    </message>
    <message>
        <source>The last status check failed: %1</source>
        <translation>La última verificación de estado falló: %1</translation>
    </message>
    <message>
        <source>%1, was due %2</source>
        <translation>%1, venció el %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, vence el %2</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>This instance&apos;s subscription is not paid up, so WhatsApp may not connect or work on it. Renew it in the Z-API dashboard.</source>
        <translation>La suscripción de esta instancia no está al día, así que es posible que WhatsApp no se conecte o no funcione en ella. Renuévala en el panel de Z-API.</translation>
    </message>
    <message>
        <source>Not in your Z-API account since %1. Sync again if that was a mistake, or remove it.</source>
        <translation>No está en tu cuenta de Z-API desde el %1. Vuelve a sincronizar si fue un error, o quítala.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Sync with Z-API account</source>
        <translation>Sincronizar con la cuenta de Z-API</translation>
    </message>
    <message>
        <source>Status checked: %1 connected, %2 not connected, %3 failed.</source>
        <translation>Estado verificado. Conectadas: %1, no conectadas: %2, fallidas: %3.</translation>
    </message>
    <message>
        <source>Each failed row says why.</source>
        <translation>Cada fila con error indica el motivo.</translation>
    </message>
    <message>
        <source>Status check cancelled after %1 of %2 instances; the statuses found are kept.</source>
        <translation>Verificación de estado cancelada después de %1 de %2 instancias; se conservan los estados obtenidos.</translation>
    </message>
    <message>
        <source>Status check stopped: %1</source>
        <translation>Verificación de estado detenida: %1</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Verificar el estado</translation>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) lost the WhatsApp connection since the previous check: %1.</source>
        <translation>
            <numerusform>%n cliente perdió la conexión de WhatsApp desde la verificación anterior: %1.</numerusform>
            <numerusform>%n clientes perdieron la conexión de WhatsApp desde la verificación anterior: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in the list</source>
        <translation>&amp;Ver en la lista</translation>
    </message>
    <message>
        <source>Partner Desk could not check for disconnections: %1</source>
        <translation>Partner Desk no pudo verificar si hubo desconexiones: %1</translation>
    </message>
    <message>
        <source>Asking Z-API who is connected…</source>
        <translation>Preguntando a Z-API quién está conectado…</translation>
    </message>
    <message>
        <source>Asked at %1.</source>
        <translation>Consultado a las %1.</translation>
    </message>
    <message>
        <source> Z-API says: &quot;%1&quot;</source>
        <translation> Z-API dice: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody is connected: WhatsApp is not linked to this instance.</source>
        <translation>No hay nadie conectado: WhatsApp no está vinculado a esta instancia.</translation>
    </message>
    <message>
        <source>an iPhone</source>
        <translation>un iPhone</translation>
    </message>
    <message>
        <source>an Android phone</source>
        <translation>un teléfono Android</translation>
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
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>WhatsApp name: %1</source>
        <translation>Nombre en WhatsApp: %1</translation>
    </message>
    <message>
        <source>Linked with: %1</source>
        <translation>Vinculado con: %1</translation>
    </message>
    <message>
        <source>Linked with: %1 (model %2)</source>
        <translation>Vinculado con: %1 (modelo %2)</translation>
    </message>
    <message>
        <source>This is not the customer&apos;s number on file (%1).</source>
        <translation>No es el número del cliente que tienes registrado (%1).</translation>
    </message>
    <message>
        <source>Restart instance</source>
        <translation>Reiniciar instancia</translation>
    </message>
    <message>
        <source>Restart the Z-API instance of &quot;%1&quot;?

Its WhatsApp connection restarts: messages stop for a moment, then flow again. The customer stays linked and does not need to scan a new QR code.</source>
        <translation>¿Reiniciar la instancia de Z-API de &quot;%1&quot;?

Su conexión de WhatsApp se reinicia: los mensajes se detienen un momento y luego vuelven a fluir. El cliente sigue vinculado y no necesita escanear un código QR nuevo.</translation>
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
        <translation>¿Desconectar WhatsApp de &quot;%1&quot;?

WhatsApp se desvincula de esta instancia: los mensajes del cliente dejan de pasar por Z-API hasta que el cliente vuelva a conectarse con un código QR o un código nuevos. Hazlo solo cuando el cliente lo pida, o para vincular otro número.</translation>
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
        <translation>Z-API no reinició la instancia. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Restarted at %1: the connection comes back by itself; no new QR code is needed.</source>
        <translation>Reiniciada a las %1: la conexión se restablece sola; no hace falta un código QR nuevo.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Z-API did not disconnect WhatsApp. Try again in a moment.</source>
        <translation>Z-API no desconectó WhatsApp. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Disconnected at %1: WhatsApp is no longer linked to this instance. The customer must connect again.</source>
        <translation>Desconectado a las %1: WhatsApp ya no está vinculado a esta instancia. El cliente tendrá que volver a conectarse.</translation>
    </message>
    <message>
        <source>%1

Start over now? Nothing is deleted: your list of instances stays as it is, and you enter the Client-Token and the instances&apos; credentials again (or import them).</source>
        <translation>%1

¿Empezar de nuevo ahora? No se borra nada: tu lista de instancias queda como está, y vuelves a ingresar el Client-Token y las credenciales de las instancias (o las importas).</translation>
    </message>
    <message>
        <source>The old vault was kept as %1. The system keychain held no key for it.

%2</source>
        <translation>La bóveda antigua se guardó como %1. El llavero del sistema no tenía ninguna clave para ella.

%2</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>The old vault was kept as %1, and the key that opened it is kept in the system keychain under the same date. Should that key turn out to be the right one, File → Bring back credentials kept aside (or &quot;partnerdesk-cli recover&quot;) brings the credentials back.

%2</source>
        <translation>La bóveda antigua se guardó como %1, y la clave que la abría está guardada en el llavero del sistema con la misma fecha. Si esa clave resulta ser la correcta, Archivo → Recuperar credenciales guardadas aparte (o &quot;partnerdesk-cli recover&quot;) recupera las credenciales.

%2</translation>
    </message>
    <message>
        <source>Bring back credentials kept aside</source>
        <translation>Recuperar credenciales guardadas aparte</translation>
    </message>
    <message>
        <source>Starting over kept a copy of this profile&apos;s credentials aside, with the key the keychain held then. Instances that have no credentials now get theirs back, and the Client-Token and partner token if they are not set; nothing entered since is replaced.

The copy kept on:</source>
        <translation>Empezar de nuevo guardó aparte una copia de las credenciales de este perfil, con la clave que tenía entonces el llavero. Las instancias que ahora no tienen credenciales recuperan las suyas, y el Client-Token y el token de socio si no están definidos; no se reemplaza nada de lo ingresado después.

La copia guardada el:</translation>
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
    <message>
        <source>Not set: only needed to sync the account</source>
        <translation>Sin definir: solo se necesita para sincronizar la cuenta</translation>
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
    <message>
        <source>&amp;Partner token:</source>
        <translation>Token de &amp;socio:</translation>
    </message>
    <message>
        <source>Show partner to&amp;ken</source>
        <translation>Mostrar to&amp;ken de socio</translation>
    </message>
    <message>
        <source>&amp;Watch for disconnections, checking every</source>
        <translation>&amp;Vigilar las desconexiones, verificando cada</translation>
    </message>
    <message>
        <source>Minutes between checks for disconnections</source>
        <translation>Minutos entre verificaciones de desconexión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While Partner Desk is open, it asks Z-API for every customer&apos;s status (with the Client-Token) and tells you who lost the connection since the check before.</source>
        <translation>Mientras Partner Desk está abierto, consulta a Z-API el estado de cada cliente (con el Client-Token) y te avisa quién perdió la conexión desde la verificación anterior.</translation>
    </message>
    <message>
        <source>Optional, for File → Sync with Z-API account, which brings in every instance of your account with its ID and token. The integrator token from the partner area of your Z-API account; sent only to Z-API&apos;s partner list, and kept in the encrypted vault.</source>
        <translation>Opcional, para Archivo → Sincronizar con la cuenta de Z-API, que trae todas las instancias de tu cuenta con su ID y su token. Es el token de integrador del área de socios de tu cuenta de Z-API; solo se envía a la lista de instancias para socios de Z-API y se guarda en la bóveda cifrada.</translation>
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
