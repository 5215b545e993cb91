<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code was hidden because it was not scanned in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to scan this code with the phone that has WhatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp on the phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone&apos;s camera at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp replaces the code every 20 seconds, so a new one appears here on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s WhatsApp &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With country and area code, e.g. +55 11 98765-4321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or send the code to the customer, who types it on the phone that has WhatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Open WhatsApp and go to &lt;b&gt;Settings&lt;/b&gt; (on Android: the &lt;b&gt;⋮&lt;/b&gt; menu).&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Linked devices&lt;/b&gt;, then &lt;b&gt;Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Tap &lt;b&gt;Link with phone number instead&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Type the code shown here.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can put the phone away: messages now go through Z-API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection problems?&lt;/b&gt; If the customer&apos;s phone asks for a passkey, or the QR code keeps failing, connect with the Z-API Conector extension instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code and where to type it in WhatsApp, ready to paste into a chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For customers who cannot connect with the QR code (for example, their phone asks for a passkey): they connect with the Z-API Conector extension for Chrome and this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Z-API for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp is linked to this instance. They can close the extension; nothing else is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;message for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, the customer gets ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the customer is ready: the code is valid for a few minutes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;preparation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to get ready before the code (a computer with Chrome, the extension, WhatsApp Web), ready to paste into a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code, how long it is still valid, the extension link and the four steps, ready to paste into a chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first row names the columns: name, instance_id, instance_token, and optionally phone and notes. An instance ID that is already in Partner Desk updates that instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will be skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you call this customer, e.g. Padaria Pão de Mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: contact person, plan, anything that helps support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API credentials (kept in the encrypted vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are on the instance&apos;s page in the Z-API dashboard. They never leave this computer except to call Z-API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. (11) 98765-4321</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partner Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer instances yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk keeps your customers&apos; Z-API instances, with their IDs and tokens protected by the system keychain. Start with your account&apos;s Client-Token, then add instances one by one or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Client-Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking around? Start Partner Desk with --demo to try it with made-up customers and no Z-API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import instances from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-Token, API address, timeout and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partner Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the QR code fails (for example, the customer&apos;s phone asks for a passkey), the customer can connect with the Z-API Conector extension for Chrome and a code from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate e&amp;xtension code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer a QR code or a phone-number code to link WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;problems? Extension code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code fails for this customer (their phone asks for a passkey)? Generate a code for the Z-API Conector extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show instances by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is connected on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Appearance</name>
    <message>
        <source>0 (zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O (letter O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I (capital i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l (small L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CliApplication</name>
    <message>
        <source>Use the profile NAME (default: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API address for this run only (default: the profile&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help when given after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1 for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: partnerdesk-cli [--profile NAME] [--api-base URL] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens, the Client-Token) are read from standard input, never from the command line, and are kept in the profile&apos;s encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API or network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or extra argument, bad option value or input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain, vault, instance list or data error (the message says what to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::CommandContext</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the command line: partnerdesk-cli client-token set (reads the token from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Cli::Commands</name>
    <message>
        <source>Print JSON instead of a table, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your account&apos;s Client-Token, read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the Client-Token (Security tab of your Z-API account) from the first line of standard input,
for example from a password manager: pass show z-api | partnerdesk-cli client-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored Client-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an instance; its ID and token are read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the instance ID from the first line of standard input and the instance token from the second
(as shown in the Z-API dashboard). NAME is how you tell your customers&apos; instances apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the instances (needs no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the instance list keeps: name, phone, last known status, when the last code was made
and the last characters of the instance ID. No secret is read or shown.
--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt}, where status is
connected, disconnected or unknown and lastCodeAt is milliseconds since 1970 (UTC) or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an instance and its stored ID and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is matched without regard to case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update instances from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row names the columns name, instance_id and instance_token, and optionally phone and notes,
separated by &apos;,&apos; or &apos;;&apos; (UTF-8). A row whose instance ID is already known updates that instance.
Rows with a problem are skipped and reported as &quot;line N: reason&quot; on standard error; the import
still succeeds (exit 0) unless every row was skipped (exit 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-Token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input held no Client-Token; it is read from the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-Token saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-Token removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance name may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input must hold the instance ID on the first line and the instance token on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no instances in this profile yet. Add one with &apos;partnerdesk-cli%1 add NAME&apos; (ID and token on standard input) or import a spreadsheet with &apos;partnerdesk-cli%1 import FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: every row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line of JSON instead of text, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an extension connection code for a customer who cannot link WhatsApp with the QR code.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Z-API whether an instance&apos;s WhatsApp is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints &quot;Connected&quot; or &quot;Not connected&quot; for the instance called NAME (any case), with Z-API&apos;s own
message when it sends one, and records the answer in the instance list (the status column of &apos;list&apos;).
Exits with 0 whether the instance is connected or not: the question was answered. Any other exit
code means it could not be asked (see &apos;partnerdesk-cli --help&apos;).
--json prints one line {instance, connected, smartphoneConnected, message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for %1, until %2 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer installs the Z-API Conector extension in Chrome, opens https://web.whatsapp.com/ with the number to connect, clicks the extension&apos;s icon and types this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way; one without a country code is in the default country of Settings (Brazil unless changed). Saved as one international number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConnectDialog</name>
    <message>
        <source>Connect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect WhatsApp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to link WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in %n s</source>
        <translation>
            <numerusform>Refreshes in %n s</numerusform>
            <numerusform>Refreshes in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expires in %n s</numerusform>
            <numerusform>Expires in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected. Trying again in %n s.</source>
        <translation>
            <numerusform>Could not check whether WhatsApp is connected. Trying again in %n s.</numerusform>
            <numerusform>Could not check whether WhatsApp is connected. Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether WhatsApp is connected: %1 Trying again in %n s.</source>
        <translation>
            <numerusform>Could not check whether WhatsApp is connected: %1 Trying again in %n s.</numerusform>
            <numerusform>Could not check whether WhatsApp is connected: %1 Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code, spelled out: %1. The customer types it in WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n s</source>
        <translation>
            <numerusform>&amp;Retry in %n s</numerusform>
            <numerusform>&amp;Retry in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a &amp;new QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show a &amp;new QR code in %n s</source>
        <translation>
            <numerusform>Show a &amp;new QR code in %n s</numerusform>
            <numerusform>Show a &amp;new QR code in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Get code in %n s</source>
        <translation>
            <numerusform>&amp;Get code in %n s</numerusform>
            <numerusform>&amp;Get code in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CopiedFeedback</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CsvImport</name>
    <message>
        <source>it is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must name the columns name, instance_id and instance_token (phone and notes are optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more fields than the header; check for an unquoted separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance ID has characters Z-API does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance token is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance token has characters Z-API does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same instance ID is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Database</name>
    <message>
        <source>another Partner Desk is saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;connects now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: the selected customer connects WhatsApp, as if they had typed the code or scanned the QR code. Their open window turns to success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: the selected customer&apos;s WhatsApp disconnects. Partner Desk finds out the next time it checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires &amp;soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the last minute of the selected customer&apos;s extension code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: skips ahead to the moment the selected customer&apos;s extension code expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DesktopAttention</name>
    <message>
        <source>The customer connected WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection code expires in less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection code expired; generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile names may contain only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address is not a valid URL. Check it in Settings (the default is https://api.z-api.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is allowed only for this computer). Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance ID may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance token may contain only letters, digits, &apos;-&apos; and &apos;_&apos;. Copy it again from the Z-API dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client-Token may not contain spaces or control characters. Copy it again from the Security tab of your Z-API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another instance is already called &quot;%1&quot;. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance&apos;s ID and token are not in the vault. Edit the instance and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so credentials cannot be stored safely. On Linux, install and start GNOME Keyring or KWallet (a Secret Service provider); nothing is ever stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error. Make sure it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential vault could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance list was damaged and could not be read. It was kept aside as %1; Partner Desk started with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance list could not be saved (%1). Nothing was changed; check the disk space and permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API requires your account&apos;s Client-Token. Set it in Settings (find it in the Security tab of your Z-API account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API rejected the Client-Token. Copy it again from the Security tab of your Z-API account and update it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API does not know this instance ID and token. Check them in the Z-API dashboard and edit the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Z-API is receiving too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Z-API is receiving too many requests. Try again in %n second.</numerusform>
            <numerusform>Z-API is receiving too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Z-API is receiving too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API had a problem answering (HTTP %1). Try again in a moment; if it persists, check Z-API&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API answered with an unexpected status (HTTP %1). Try again; if it persists, check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API did not answer in time. Check your internet connection and try again, or raise the timeout in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Z-API server could not be found. Check your internet connection and the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Z-API. Check your internet connection, proxy or firewall and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Z-API could not be verified, so nothing was sent. Check the computer&apos;s date and time and any proxy that inspects HTTPS traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to send the request to another address. It was stopped so your credentials stay with Z-API. Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API&apos;s answer was far larger than expected and was discarded. Try again; if it persists, check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API&apos;s answer could not be understood. Try again; if it persists, check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API sent a code that has already expired. Generate a new code; if it happens again, check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a name (at most 200 characters), so you can find it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance ID is already saved as &quot;%1&quot;. Edit that instance instead of adding it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance no longer exists; it may have been removed in another Partner Desk window or from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance list could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access. Unlock your keyring (or allow Partner Desk when asked) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer. If it is asking for your password, unlock it; otherwise log out and in again to restart it. Then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential vault could not be read (%1). Check the permissions of Partner Desk&apos;s data folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects your saved credentials is no longer in the system keychain, so they cannot be read. Starting over keeps the old vault aside; then enter or import the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside; then enter or import the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Partner Desk, which this version cannot read. Install the newer version; the profile was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance&apos;s saved ID and token could not be read: they were changed outside Partner Desk. Edit the instance and enter them again; nothing else is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Client-Token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the Security tab of your Z-API account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number with the area code, e.g. (11) 98765-4321; a number from another country starts with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country has the calling code at the start of %1. Check the digits after the +, or leave out the + for a number in the default country (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for a phone number. Check that the area code and every digit are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a phone number. Check for an extra digit; a number from another country starts with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number in that country&apos;s numbering plan. Check the area code and the digits; a number from another country starts with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an extension, which a WhatsApp number never has. Enter the number without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a toll-free, premium-rate or other service number, which cannot have WhatsApp. Enter the customer&apos;s mobile or landline number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ExtensionCodeDialog</name>
    <message>
        <source>Extension connection code — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to connect… This window changes by itself when they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not check whether the customer has connected; trying again in %n second(s). %1</source>
        <translation>
            <numerusform>Could not check whether the customer has connected; trying again in %n second. %1</numerusform>
            <numerusform>Could not check whether the customer has connected; trying again in %n seconds. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired at %1. Generate a new code for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute left: %1 (until %2). If the customer is not ready, generate a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry in %n second(s)</source>
        <translation>
            <numerusform>&amp;Retry in %n second</numerusform>
            <numerusform>&amp;Retry in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the %1 extension in Chrome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 logged in with the number to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the extension&apos;s icon and type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm on the extension&apos;s screen (&quot;Conectar na Z-API&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection code. The customer types it in the Z-API Conector extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for %1 min (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute left; valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection code, spelled out: %1. The customer types it in the Z-API Conector extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer with Google Chrome: the extension does not work on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 extension installed in Chrome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open in Chrome, logged in with the number to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is valid for a few minutes only, so generate it when the customer has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preparation message below tells them all this, in their language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::FreedesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n row will be skipped.</numerusform>
            <numerusform>%n rows will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Showing the first %n row.</numerusform>
            <numerusform>Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceDialog</name>
    <message>
        <source>Add instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a name, so you can find it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1, a mobile number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1, a landline in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1, a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as %1, an internet (VoIP) number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceListModel</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID ends in %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::InstanceRepository</name>
    <message>
        <source>the name &quot;%1&quot; belongs to another instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>Partner Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk — demo (made-up customers, nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk — profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln instance(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln instance</numerusform>
            <numerusform>Showing %1 of %Ln instances</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Partner Desk?

Its instance ID and token are deleted from this computer. The instance itself keeps working at Z-API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Partner Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk %1

For Z-API partners: keep your customers&apos; instances, with their credentials protected by the system keychain, and help customers connect WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved credentials cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Start over now? The old vault is kept aside, untouched; your list of instances stays as it is, and you enter the Client-Token and the instances&apos; credentials again (or import them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old vault was kept as %1.

A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving your instances from the previous version of Partner Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your instances were not moved; Partner Desk moves them the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;%1&quot; instance matches &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone, notes or end of the instance ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SettingsDialog</name>
    <message>
        <source>Set for this run with --api-base (or by demo mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client-Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how Client-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s security token, from the Security tab of your Z-API account. It is sent in the Client-Token header of every request and kept in the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages to customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default country for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s number typed without + and a country code is taken as one of this country. Every number is saved and sent with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a customer connects or a code e&amp;xpires (taskbar and desktop notification)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;partnerdesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk: your customers&apos; Z-API instances and the extension connection code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile &lt;name&gt; (its own instances, vault and settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the Z-API at &lt;url&gt; for this run (default: from Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Partner Desk with made-up customers and a built-in sandbox Z-API; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the window has shown the list of instances, to time start-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
