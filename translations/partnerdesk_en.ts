<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountSyncDialog</name>
    <message>
        <source>Pages of the account read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances that need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with Z-API account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Partner Desk keeps your customers&apos; Z-API instances, with their IDs and tokens protected by the system keychain. Start with your account&apos;s Client-Token. With your partner token, sync brings in every instance of your Z-API account at once; or add instances one by one, or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync from my Z-API account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is c&amp;onnected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Z-API which WhatsApp number and phone are linked to this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this instance&apos;s connection; the customer does not need to scan a new QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink WhatsApp from this instance; the customer must connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with Z-API account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account, with its ID and token (needs the partner token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status of a&amp;ll instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Z-API whether WhatsApp is connected on every instance in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back credentials kept aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the instances&apos; credentials and the tokens from a copy kept aside when this profile was started over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AccountSyncDialog</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your Z-API account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your Z-API account: page %1 of %2 (%3 of %4 instances)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your list now has every instance of your Z-API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped before reading anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped after page %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages read were saved. The rest of the account was not read, so its other instances were not brought in or updated, and the instances no longer in the account are not known yet. Sync again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s) no longer in the account…</source>
        <translation>
            <numerusform>&amp;Remove %n instance no longer in the account…</numerusform>
            <numerusform>&amp;Remove %n instances no longer in the account…</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Partner Desk: %1 of the instances no longer in your Z-API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in your Z-API account (kept here, marked, until you remove them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (instance ID ends in %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instance(s) from Partner Desk?</source>
        <translation>
            <numerusform>Remove %n instance from Partner Desk?</numerusform>
            <numerusform>Remove %n instances from Partner Desk?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Z-API account no longer has them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their instance IDs and tokens are deleted from this computer. If one comes back to the account, the next sync brings it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instances no longer in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n instance(s)</source>
        <translation>
            <numerusform>&amp;Remove %n instance</numerusform>
            <numerusform>&amp;Remove %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed; the others are in the account again and were kept.</source>
        <translation>
            <numerusform>%n instance removed; the others are in the account again and were kept.</numerusform>
            <numerusform>%n instances removed; the others are in the account again and were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) removed.</source>
        <translation>
            <numerusform>%n instance removed.</numerusform>
            <numerusform>%n instances removed.</numerusform>
        </translation>
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
    <name>PartnerDesk::CheckFailuresModel</name>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
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
    <message>
        <source>keychain, vault, instance list, data or configuration error, a missing Client-Token or partner token included (the message says what to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;partnerdesk-cli %1 COMMAND --help&apos; for a command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens,
the Client-Token, the partner token) are read from standard input, never from the command line, and
are kept in the profile&apos;s encrypted vault. NAME is an instance&apos;s name in any case, with or without
accents, or enough of its words to pick one instance.</source>
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
    <message>
        <source>From the command line: partnerdesk-cli partner-token set (reads the token from standard input).</source>
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
        <source>Remove an instance and its stored ID and token.</source>
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
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account: page %1 of %2, %3 of %4 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync incomplete: %1 added, %2 updated, %3 unchanged, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone or removed. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and no instance was marked as gone. Run &apos;partnerdesk-cli sync&apos; again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone (%5 removed), %6 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 added, %2 updated, %3 unchanged, %4 gone, %5 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the list; &apos;partnerdesk-cli sync --prune&apos; removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the instances: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses checked before it (%1) are saved in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance could be checked. The first failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the customer&apos;s message: pt_BR, es or en (default: the customer&apos;s language in Settings, Portuguese unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API answered with an error, or the network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input held no token, or an argument was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain, the vault or the instance list failed, or the token is not valid (the message says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or NAME matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your Z-API partner token (for &apos;sync&apos;), read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the partner (integrator) token of your Z-API account from the first line of standard input,
for example: pass show z-api-partner | partnerdesk-cli partner-token set
When standard input is a terminal it is asked for without echo. It is kept in the profile&apos;s encrypted
vault, and sent only to Z-API&apos;s list of the account&apos;s instances (never with an instance&apos;s requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored partner token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: no NAME, or standard input did not hold the ID and the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name or the instance ID is already saved, a value is not valid (the phone, the ID, the token), or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an instance&apos;s name, phone or notes, or its ID and token (from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only what is given. --phone &quot;&quot; and --note &quot;&quot; clear the phone and the notes. With
--credentials, reads the new instance ID from the first line of standard input and the new instance
token from the second, as &apos;add&apos; does; nothing else is read from standard input.
NAME is the instance&apos;s name in any case, with or without accents, or enough of its words to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp number, written any usual way (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new notes (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a new instance ID and token from standard input, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: nothing to change, a blank --name, --credentials without the ID and the token on standard input, or NAME matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance is called NAME, the new name or ID is already saved, a value is not valid, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the instance list keeps: name, phone, last known status, when the last code was made
and the last characters of the instance ID. No secret is read or shown.
--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due,
goneSince}, where status is connected, disconnected or unknown; lastCodeAt, due (the subscription&apos;s
due date, from the last sync) and goneSince (when a sync first found the instance missing from the
account) are milliseconds since 1970 (UTC) or null; paymentStatus is Z-API&apos;s word, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed (an empty list too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is the instance&apos;s whole name, in any case, with or without accents: as removing cannot be
undone, a few of its words are not enough. Needs no keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or NAME is only part of a name or matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance is called NAME, or the instance list could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, even when some rows were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read, every row was skipped, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in every instance of your Z-API account (needs the partner token).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the instances no longer in the account (only after a complete sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line of JSON instead of the summary, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page was read and applied (entries that could not be stored are counted as failed and listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped part-way: Z-API answered with an error (a rejected partner token included) or the network failed; the pages read before are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner token is set, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Z-API whether an instance&apos;s WhatsApp is connected, or every instance&apos;s (--all).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every instance of the profile, instead of NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, connected or not; with --all, at least one instance answered (the rows of the others say why they failed), or there are none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API answered with an error or the network failed (with --all: for every instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error (NAME and --all together, or neither), or NAME matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a ready-to-send message for the customer, with a fresh extension connection code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Z-API for a new extension connection code for the instance called NAME, as &apos;code&apos; does, and
prints only the message the customer needs: the code, how long it is still valid, the link to the
Z-API Conector extension, https://web.whatsapp.com/ and the four steps. It is written in the
customer&apos;s language, whatever language the command line speaks: --lang, or Settings&apos; choice.
For example: partnerdesk-cli message &quot;Padaria Pão de Mel&quot; --lang es | xclip -selection clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error (a --lang that is not pt_BR, es or en), or NAME matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code the customer scans to link WhatsApp, as a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Z-API for the instance&apos;s QR code and writes it to the file --out names, readable by you only
(whoever scans it links their WhatsApp to the instance). The customer scans it in WhatsApp: Linked
devices, Link a device. WhatsApp changes the code about every 20 seconds: send it at once, and run
the command again for a fresh one. An existing file is left alone unless --force is given; then it
is replaced (a symbolic link is replaced itself: what it points to is never written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PNG image (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR code was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error (no --out, or its file exists and --force was not given, or it is a folder), or NAME matches several instances (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance is called NAME, no Client-Token is set, the file could not be written, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the code the customer types in WhatsApp to link it with their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Z-API for a phone-number code for the instance called NAME, for the phone number saved with it
(set one with &apos;partnerdesk-cli edit NAME --phone NUMBER&apos;). Prints the code, then a ready-to-send
message for the customer in their language (--lang, or Settings&apos; choice): on the phone with
WhatsApp, Linked devices, Link a device, Link with phone number instead, and type the code.
--json prints one line {instance, phone, code, message}; phone is the international number used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instance is called NAME, it has no phone number (or one that cannot be a WhatsApp number), no Client-Token is set, or the keychain, the vault or the instance list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only part of the name &quot;%2&quot;. &apos;%3&apos; needs the whole name (in any case, accents optional), as it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n instances. Give more of the name, or the whole name, of one of them:</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n instances. Give more of the name, or the whole name, of one of them:</numerusform>
            <numerusform>&quot;%1&quot; matches %n instances. Give more of the name, or the whole name, of one of them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  and %n more</numerusform>
            <numerusform>  and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input held no partner token; it is read from the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner token saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner token removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --phone, --note or --credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --credentials, standard input must hold the new instance ID on the first line and the new instance token on the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give NAME or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing NAME for &quot;status&quot; (or --all for every instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the QR code: --out FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 is a folder; name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 already exists. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the QR code of %1 to %2. The customer scans it in WhatsApp (Linked devices, Link a device) at once: it changes about every 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone number, and the code is made for the customer&apos;s number. Save it first: partnerdesk-cli edit &quot;%1&quot; --phone NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: the customer types it in WhatsApp (Linked devices, Link a device, Link with phone number instead) at once. The message for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: the customer&apos;s message can be written in %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the credentials that starting over kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the saved credentials could not be opened and you started over, Partner Desk kept a copy of the
profile&apos;s database (partnerdesk.db.unreadable-DATE, in the profile&apos;s folder) and, under the same
date, the key the system keychain held then. Without COPY, lists those copies, newest first.
With COPY (its name or its date, as listed), opens it with the key kept for it and saves again, with
today&apos;s key, what is missing now: the ID and token of each instance still listed that has none, and
the Client-Token and partner token if they are not set. Whatever was entered since is kept. The
copy and the kept key are left as they are, so this can be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed, or brought back (also when nothing was missing any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or no copy is called COPY (the copies are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key was kept for COPY or it does not open it, or the keychain, the vault or the instance list failed (the message says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was kept aside in this profile: it was never started over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies kept aside when this profile was started over, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one back with: partnerdesk-cli recover COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy kept aside is called &quot;%1&quot;. The copies are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected, %2 not connected, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
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
    <message>
        <source>it changed while it was being read. Wait until it has been saved, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Database</name>
    <message>
        <source>another Partner Desk is saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
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
    <message>
        <source>The partner token may not contain spaces or control characters. Copy it again from the partner (integrator) area of your Z-API account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved partner token could not be read: it was changed outside Partner Desk. Set it again in Settings (find it in the partner area of your Z-API account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the account needs your Z-API partner token. Set it in Settings (find it in the partner area of your Z-API account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API rejected the partner token. Copy it again from the partner area of your Z-API account and update it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance&apos;s Z-API subscription has expired, so it cannot be used until it is renewed. Renew it in the Z-API dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: Windows keeps it for a device (as it does CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9, in any case). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are profiles spelled %1, which Windows and macOS cannot tell apart. Give the profile name with exactly the capital letters of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk did not open %1: it is a symbolic link or another special file where Partner Desk keeps its own files, and nothing was written through it. Move it away and start Partner Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential vault is damaged or was changed outside Partner Desk, so it cannot be opened. Starting over keeps it aside, and the key in the system keychain beside it; then enter or import the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for this profile holds %1 bytes, not the 32-byte key Partner Desk made, so it was changed by another program or by hand and cannot open your saved credentials. Starting over keeps that entry under a dated name and the vault aside; then enter or import the credentials again.</source>
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
    <message>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::KeptAside</name>
    <message numerus="yes">
        <source>Brought back from %1: the ID and token of %n instance(s).</source>
        <translation>
            <numerusform>Brought back from %1: the ID and token of %n instance.</numerusform>
            <numerusform>Brought back from %1: the ID and token of %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Client-Token was brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner token was brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept instance(s): removed since, or given new credentials since.</source>
        <translation>
            <numerusform>Left out %n kept instance: removed since, or given new credentials since.</numerusform>
            <numerusform>Left out %n kept instances: removed since, or given new credentials since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n kept value(s) that could not be opened.</source>
        <translation>
            <numerusform>Left out %n kept value that could not be opened.</numerusform>
            <numerusform>Left out %n kept values that could not be opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key was kept for %1: the system keychain held none when this profile was started over, so the credentials in it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept for %1 does not open it: it is not the key its credentials were saved with, so they cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the keychain held for %1 is not a Partner Desk key (%2 bytes), so the credentials in it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left as it is.</source>
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
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty vault is ready. Set the Client-Token in Settings and enter each instance&apos;s credentials with Edit, or import them again.</source>
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
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking status: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking; the statuses found so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last status check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, was due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance&apos;s subscription is not paid up, so WhatsApp may not connect or work on it. Renew it in the Z-API dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your Z-API account since %1. Sync again if that was a mistake, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with Z-API account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status checked: %1 connected, %2 not connected, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check cancelled after %1 of %2 instances; the statuses found are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) disconnected</source>
        <translation>
            <numerusform>%n customer disconnected</numerusform>
            <numerusform>%n customers disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) lost the WhatsApp connection since the previous check: %1.</source>
        <translation>
            <numerusform>%n customer lost the WhatsApp connection since the previous check: %1.</numerusform>
            <numerusform>%n customers lost the WhatsApp connection since the previous check: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Desk could not check for disconnections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Z-API who is connected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Z-API says: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is connected: WhatsApp is not linked to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Android phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the customer&apos;s number on file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Z-API instance of &quot;%1&quot;?

Its WhatsApp connection restarts: messages stop for a moment, then flow again. The customer stays linked and does not need to scan a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect WhatsApp from &quot;%1&quot;?

WhatsApp is unlinked from this instance: the customer&apos;s messages stop going through Z-API until the customer connects again, with a new QR code or code. Do this only when the customer asks for it, or to link another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API did not restart the instance. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted at %1: the connection comes back by itself; no new QR code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-API did not disconnect WhatsApp. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected at %1: WhatsApp is no longer linked to this instance. The customer must connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each failed row says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old vault was kept as %1. The system keychain held no key for it.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Start over now? Nothing is deleted: your list of instances stays as it is, and you enter the Client-Token and the instances&apos; credentials again (or import them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with: %1 (model %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old vault was kept as %1, and the key that opened it is kept in the system keychain under the same date. Should that key turn out to be the right one, File → Bring back credentials kept aside (or &quot;partnerdesk-cli recover&quot;) brings the credentials back.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back credentials kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting over kept a copy of this profile&apos;s credentials aside, with the key the keychain held then. Instances that have no credentials now get theirs back, and the Client-Token and partner token if they are not set; nothing entered since is replaced.

The copy kept on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
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
    <message>
        <source>Not set: only needed to sync the account</source>
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
    <message>
        <source>&amp;Partner token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show partner to&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch for disconnections, checking every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between checks for disconnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Partner Desk is open, it asks Z-API for every customer&apos;s status (with the Client-Token) and tells you who lost the connection since the check before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for File → Sync with Z-API account, which brings in every instance of your account with its ID and token. The integrator token from the partner area of your Z-API account; sent only to Z-API&apos;s partner list, and kept in the encrypted vault.</source>
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
