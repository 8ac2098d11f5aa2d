<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1556" />
            <source>Signalen inlezen</source>
            <translation>Import signals</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1557" />
            <source>Gebruikers en rollen</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1558" />
            <source>Belvensters en pogingen</source>
            <translation>Calling windows and attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1559" />
            <source>Wijkindeling</source>
            <translation>Neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1560" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1561" />
            <source>Bewaartermijnen</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1562" />
            <source>Vervolg en brief</source>
            <translation>Follow-up and letter</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1563" />
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1564" />
            <source>Levering aan CBS (DDAS)</source>
            <translation>Delivery to CBS (DDAS)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1565" />
            <source>Gedeelde taken</source>
            <translation>Shared jobs</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="74" />
            <source>Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord {4}.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>Accounts: {0} (agent), {1} (budget coach), {2} (team lead), {3} (administrator); password {4}.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="174" />
            <source>Demodatabase</source>
            <extracomment>What the main window needs after a login; imported while the person types the password.</extracomment>
            <translation>Demo database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="180" />
            <location filename="../../ui/app.py" line="183" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="182" />
            <source>Lokale database</source>
            <translation>Local database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="195" />
            <source>Vergrendeld</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="275" />
            <source>De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.</source>
            <translation>Preparing the demo database; the first time this takes about a minute.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="283" />
            <source>De demodatabase is klaar.</source>
            <translation>The demo database is ready.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="399" />
            <source>Uw account is gewijzigd; meld u opnieuw aan.</source>
            <translation>Your account has changed; please log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="463" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="464" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation>The new language applies from the next time you log in.</translation>
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="58" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="59" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="60" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="61" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="62" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="185" />
            <source>regels</source>
            <translation>rows</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="186" />
            <source>ingelezen</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="187" />
            <source>bij open zaak</source>
            <translation>added to an open case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="188" />
            <source>nieuwe zaken</source>
            <translation>new cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="189" />
            <source>dubbel</source>
            <translation>duplicates</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="190" />
            <source>afgewezen</source>
            <translation>rejected</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="191" />
            <source>zonder telefoon</source>
            <translation>without a phone</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="192" />
            <source>ongeldige nummers</source>
            <translation>invalid numbers</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="193" />
            <source>overgedragen</source>
            <translation>handed off</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="194" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="195" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="196" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="197" />
            <source>zaken</source>
            <translation>cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="198" />
            <source>formaat</source>
            <translation>format</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="199" />
            <source>coach</source>
            <translation>coach</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="118" />
            <source>Aangemeld</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="119" />
            <source>Aanmelden mislukt</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="120" />
            <source>Account geblokkeerd na mislukte pogingen</source>
            <translation>Account locked after failed logins</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="123" />
            <source>Toegang geweigerd</source>
            <translation>Access refused</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="124" />
            <source>Wachtwoord gewijzigd</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="125" />
            <source>Wachtwoord wijzigen mislukt</source>
            <translation>Password change failed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="128" />
            <source>Wachtwoord gereset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="129" />
            <source>Account aangemaakt</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="130" />
            <source>Account geblokkeerd</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="131" />
            <source>Account gedeblokkeerd</source>
            <translation>Account unlocked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="132" />
            <source>Account verwijderd</source>
            <translation>Account removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="133" />
            <source>Naam gewijzigd</source>
            <translation>Name changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="134" />
            <source>Rol gewijzigd</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="135" />
            <source>Zaak opgepakt</source>
            <translation>Case claimed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="136" />
            <source>Zaak teruggegeven</source>
            <translation>Case given back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="137" />
            <source>Zaak vrijgegeven door teamleider</source>
            <translation>Case released by team lead</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="140" />
            <source>Reservering verlopen</source>
            <translation>Lease expired</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="141" />
            <source>Zaak toegewezen</source>
            <translation>Case reassigned</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="142" />
            <source>Uitkomst vastgelegd</source>
            <translation>Outcome recorded</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="143" />
            <source>Uitkomst geweigerd (zaak niet in behandeling)</source>
            <translation>Outcome refused (case not held)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="146" />
            <source>Zaak ingezien</source>
            <translation>Case viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="147" />
            <source>Persoonsgegevens ingezien</source>
            <translation>Personal data viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="148" />
            <source>Telefoonnummer toegevoegd</source>
            <translation>Phone number added</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="149" />
            <source>Overdracht in behandeling</source>
            <translation>Handoff taken</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="150" />
            <source>Overdracht teruggegeven</source>
            <translation>Handoff given back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="151" />
            <source>Contact budgetcoach</source>
            <translation>Budget coach contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="152" />
            <source>Geboden hulp vastgelegd</source>
            <translation>Help offered recorded</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="153" />
            <source>Overdracht afgesloten</source>
            <translation>Handoff closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="154" />
            <source>Cijfers bekeken</source>
            <translation>Figures viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="155" />
            <source>Rapport geëxporteerd</source>
            <translation>Report exported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="156" />
            <source>Belregels doorgerekend</source>
            <translation>Calling rules simulated</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="157" />
            <source>DDAS-levering</source>
            <translation>DDAS delivery</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="158" />
            <source>Signalen ingelezen</source>
            <translation>Signals imported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="159" />
            <source>Contacthistorie ingelezen</source>
            <translation>Contact history imported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="160" />
            <source>Instelling gewijzigd</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="161" />
            <source>Gesloten dag toegevoegd</source>
            <translation>Closed day added</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="162" />
            <source>Gesloten dag verwijderd</source>
            <translation>Closed day removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="163" />
            <source>Wijkindeling vervangen</source>
            <translation>Neighbourhood mapping replaced</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="164" />
            <source>Bewaartermijn: opgeschoond</source>
            <translation>Retention: purged</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1220" />
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1222" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation>Who did what, when, on which case: views of personal data, outcomes, exports, logins and changes. The log cannot be changed and holds no personal data itself.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1230" />
            <location filename="../../ui/tabs/admin.py" line="1257" />
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1232" />
            <source>Zaaknummer</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1235" />
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1243" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1248" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1250" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1256" />
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1259" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1263" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1265" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1277" />
            <source>◀ &amp;Vorige</source>
            <translation>◀ &amp;Previous</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1278" />
            <source>V&amp;olgende ▶</source>
            <translation>&amp;Next ▶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1310" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation>A case number consists of digits.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1324" />
            <source>{0}–{1} van {2} gebeurtenissen</source>
            <translation>{0}–{1} of {2} events</translation>
        </message>
    </context>
    <context>
        <name>CallbackDialog</name>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="183" />
            <location filename="../../ui/tabs/next_call_dialogs.py" line="192" />
            <source>Terugbelafspraak maken</source>
            <translation>Make a callback appointment</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="197" />
            <source>Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen zijn gesloten (zondag, feestdag of sluitingsdag). U krijgt de afspraak tot 15 minuten na het tijdstip zelf; daarna mag een collega bellen.</source>
            <translation>Choose a day and time within calling hours together with the resident. Grey days are closed (Sunday, public holiday or closing day). The appointment is yours until 15 minutes after the time; after that a colleague may call.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="218" />
            <source>&amp;Tijd</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="236" />
            <source>Afspraak &amp;opslaan</source>
            <translation>&amp;Save appointment</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="279" />
            <source>Op deze dag wordt niet gebeld</source>
            <translation>No calls on this day</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="302" />
            <source>Geen beltijden op deze dag</source>
            <translation>No calling hours on this day</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="328" />
            <source>Kies een dag met beltijden.</source>
            <translation>Choose a day with calling hours.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="330" />
            <source>Terugbellen op {0}.</source>
            <translation>Call back on {0}.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/login.py" line="381" />
            <source>Kies een eigen wachtwoord</source>
            <translation>Choose your own password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="383" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation>You logged in with a temporary password. Now choose your own password of at least 12 characters that you do not use anywhere else.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="395" />
            <source>&amp;Huidig wachtwoord</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="399" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="403" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation>&amp;Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="414" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Telefoon (uitgaand)</source>
            <translation>Phone (outbound)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Telefoon (inwoner belt)</source>
            <translation>Phone (resident called)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="53" />
            <source>Kaartje</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>Huisbezoek</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="55" />
            <source>SMS/WhatsApp</source>
            <translation>Text/WhatsApp</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="56" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Huur</source>
            <translation>Rent</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="82" />
            <source>Energie</source>
            <translation>Energy</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>Drinkwater</source>
            <translation>Drinking water</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="84" />
            <source>Zorgverzekering</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="85" />
            <source>Overig</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../ui/login.py" line="164" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="166" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation>The address of the team's shared database, for example postgresql+psycopg://name@server/vroegbel. Empty: the database on this computer. A password is not kept in the settings.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="176" />
            <source>Database-&amp;URL</source>
            <translation>Database &amp;URL</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="180" />
            <source>alleen voor een server die erom vraagt</source>
            <translation>only for a server that asks for one</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="181" />
            <source>Database-&amp;wachtwoord</source>
            <translation>Database &amp;password</translation>
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1341" />
            <source>Levering aan CBS (DDAS)</source>
            <translation>Delivery to CBS (DDAS)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1343" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation>The signals, cases and contact attempts of a period in the national exchange model (DDAS 1.2), checked against the schema before the file is written. Deliver the file through the usual channel.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1361" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation>e.g. 0392 (Haarlem)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1364" />
            <source>optioneel</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1365" />
            <source>Meldingen van</source>
            <translation>Signals from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1366" />
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1367" />
            <source>Gemeentecode</source>
            <translation>Municipality code</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1368" />
            <source>Leverancierscode</source>
            <translation>Supplier code</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1370" />
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1385" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation>Enter the municipality code (four digits).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1390" />
            <source>DDAS-levering opslaan</source>
            <translation>Save DDAS delivery</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1390" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1397" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation>Building and checking…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1421" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation>Saved to {0}: {1} signals, {2} cases, {3} contact attempts ({4} conversations).</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="72" />
            <source>Niet thuis</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments. the visit results offered, in the wijkteam's words.</extracomment>
            <translation>Not at home</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="73" />
            <source>Kaartje achtergelaten</source>
            <translation>Card left</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="74" />
            <source>Verhuisd</source>
            <translation>Moved away</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="75" />
            <source>Weigert (hulp afgewezen)</source>
            <translation>Refused (help declined)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="76" />
            <source>Gesproken, geen hulpvraag</source>
            <translation>Spoken, no need for help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="77" />
            <source>Gesproken, al in schuldhulp</source>
            <translation>Spoken, already in debt help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="80" />
            <source>Gesproken, hulp geaccepteerd</source>
            <translation>Spoken, help accepted</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="123" />
            <source>Alle kanalen</source>
            <translation>All channels</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="127" />
            <location filename="../../ui/tabs/follow_up_panel.py" line="164" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="129" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="133" />
            <source>Brieven afdrukken…</source>
            <translation>Print letters…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="135" />
            <source>Kaartjes afdrukken…</source>
            <translation>Print cards…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="137" />
            <source>Bezoeklijst Excel…</source>
            <translation>Visit list Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="139" />
            <source>Bezoeklijst PDF…</source>
            <translation>Visit list PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="141" />
            <source>Bezoekresultaat…</source>
            <translation>Visit result…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="152" />
            <source>Bewoners die het belplan niet bereikte.</source>
            <translation>Residents the call plan did not reach.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="159" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="160" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="161" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="162" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="163" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="166" />
            <source>Verstuurd</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="170" />
            <source>Laatste bezoek</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="207" />
            <source>{0} bewoners op de vervolglijst.</source>
            <translation>{0} residents on the follow-up list.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="224" />
            <source>Opslaan als PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="224" />
            <location filename="../../ui/tabs/follow_up_panel.py" line="274" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="240" />
            <source>Er is niets meer te versturen.</source>
            <translation>There is nothing left to send.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="245" />
            <source>Als verstuurd vastleggen?</source>
            <translation>Record as sent?</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="247" />
            <source>{0} stuks staan in {1}. Zijn ze afgedrukt en gaan ze op de post? Dan worden ze als verstuurd vastgelegd (eenmaal per bewoner).</source>
            <translation>{0} items are in {1}. Are they printed and going in the post? Then they are recorded as sent (once per resident).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="252" />
            <source>Afgedrukt, niet als verstuurd vastgelegd.</source>
            <translation>Printed, not recorded as sent.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="266" />
            <source>{0} als verstuurd vastgelegd.</source>
            <translation>{0} recorded as sent.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="274" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="276" />
            <source>Bezoeklijst opslaan</source>
            <translation>Save visit list</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="291" />
            <source>Bezoeklijst met {0} adressen opgeslagen.</source>
            <translation>Visit list with {0} addresses saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="298" />
            <source>Kies eerst een bewoner in de lijst.</source>
            <translation>Choose a resident in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="325" />
            <source>Huisbezoek vastgelegd.</source>
            <translation>Home visit recorded.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="889" />
            <source>Vervolg: brief, kaartje, huisbezoek</source>
            <translation>Follow-up: letter, card, home visit</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="891" />
            <source>Wat volgt op een belplan zonder contact, en de tekst van de brief en het kaartje. In een sjabloon staan velden tussen accolades: {0}.</source>
            <translation>What follows a call plan without contact, and the text of the letter and the card. A template has fields between braces: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="902" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="903" />
            <source>Kaartje door de bus</source>
            <translation>Card through the door</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="904" />
            <source>Huisbezoek door het wijkteam</source>
            <translation>Home visit by the neighbourhood team</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="905" />
            <source>Geen vervolg</source>
            <translation>No follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="908" />
            <source>Vervolg na het belplan</source>
            <translation>Follow-up after the call plan</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="911" />
            <source>Briefhoofd</source>
            <translation>Letterhead</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="912" />
            <source>Telefoonnummer callcenter</source>
            <translation>Call centre phone number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="913" />
            <source>Bereikbaar</source>
            <translation>Reachable</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="920" />
            <source>Brief (Nederlands)</source>
            <translation>Letter (Dutch)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="921" />
            <source>Brief (Engels)</source>
            <translation>Letter (English)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="922" />
            <source>Kaartje (Nederlands)</source>
            <translation>Card (Dutch)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="923" />
            <source>Kaartje (Engels)</source>
            <translation>Card (English)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="926" />
            <source>Sjabloon</source>
            <translation>Template</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="935" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>ForecastTab</name>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="50" />
            <source>Vanaf</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="57" />
            <source>dagen</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="62" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="80" />
            <source>{0} (±{1} te laat)</source>
            <translation>{0} (±{1} late)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="86" />
            <source>{0} belpogingen missen dit venster en schuiven door; bij ongeveer {1} bewoners loopt het belplan daardoor over de termijn heen.</source>
            <translation>{0} attempts will miss this window and move on; for about {1} residents the plan will run past its days because of it.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="93" />
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="96" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="97" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="99" />
            <source>Terugbellen</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="102" />
            <source>Beluren</source>
            <translation>Agent hours</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="107" />
            <source>Capaciteit</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="109" />
            <source>Tekort</source>
            <translation>Shortfall</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="130" />
            <source>ROOSTER</source>
            <translation>ROSTER</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="135" />
            <source>Eén dienst per regel: naam;dag;begin;eind. Dag is ma t/m za (elke week) of een datum (JJJJ-MM-DD, een uitzondering voor die dag); 'naam;datum;vrij' betekent vrij op die datum.</source>
            <translation>One shift per line: name;day;start;end. Day is ma to za (Monday to Saturday, every week) or a date (YYYY-MM-DD, an exception for that day); 'name;date;vrij' means off on that date.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="150" />
            <source>Rooster &amp;opslaan</source>
            <translation>&amp;Save roster</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="154" />
            <source>BEZETTING VOOR EEN MAAND SIGNALEN</source>
            <translation>STAFFING FOR A MONTH OF SIGNALS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="158" />
            <source>Nieuwe signalen per maand</source>
            <translation>New signals a month</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="163" />
            <source>&amp;Bereken</source>
            <translation>&amp;Calculate</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="184" />
            <source>Bezig met berekenen…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="216" />
            <source>Er is niets gepland in deze periode.</source>
            <translation>Nothing is planned in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="219" />
            <source>Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; bij ongeveer {1} bewoners loopt het belplan daardoor over de termijn heen. Zet meer bellers in op de rode tijdvakken.</source>
            <translation>Shortfall: {0} attempts will miss their window and move on; for about {1} residents the plan will run past its days because of it. Put more agents on the red slots.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="226" />
            <source>Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; de belplannen blijven nog binnen de termijn. Zet meer bellers in op de rode tijdvakken.</source>
            <translation>Shortfall: {0} attempts will miss their window and move on; the plans still stay within their days. Put more agents on the red slots.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="233" />
            <source>Het rooster dekt alle geplande belpogingen en terugbelafspraken.</source>
            <translation>The roster covers every planned attempt and callback.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="253" />
            <source>Rooster opgeslagen: {0} regels.</source>
            <translation>Roster saved: {0} lines.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="268" />
            <source>Beluren per maand: nodig / volgens rooster</source>
            <translation>Agent hours a month: needed / on the roster</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="275" />
            <source>Nog geen metingen: elke zaak krijgt zijn hele belplan.</source>
            <translation>Nothing measured yet: every case gets its whole plan.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1170" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1172" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation>The text agents see beside the case. Formatting with Markdown: # heading, **bold**, - list. On the right you see how it looks.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1186" />
            <source>Standaardtekst terugzetten</source>
            <translation>Restore the default text</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1188" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1201" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation>The conversation guide has been saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1209" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation>The default text is back in place.</translation>
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="107" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation>Handoffs to the budget coaches</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="111" />
            <source>Alleen mijn zaken</source>
            <translation>Only my cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="112" />
            <source>Ook afgesloten</source>
            <translation>Include closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="113" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="199" />
            <location filename="../../ui/tabs/handoff.py" line="200" />
            <source>Spoed</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="205" />
            <source>Bewoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="206" />
            <source>(gegevens verwijderd)</source>
            <translation>(data purged)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="211" />
            <source>Overdracht</source>
            <translation>Handed off</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="217" />
            <source>Lokaal</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="222" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation>First conversation within the municipality's own target</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="225" />
            <source>Wettelijk</source>
            <translation>Legal</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="231" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation>Wgs art. 4: within 3 working days when threatened, otherwise within 4 weeks</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="244" />
            <source>verlopen</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="245" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="246" />
            <source>gehaald</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="247" />
            <source>te laat</source>
            <translation>late</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="254" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="256" />
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="258" />
            <source>ik</source>
            <translation>me</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="267" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation>Choose a handoff on the left to see the resident's details.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="290" />
            <source>Achterstanden per schuldeiser</source>
            <translation>Arrears per creditor</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="294" />
            <source>Hulpvraag en notities van de beller</source>
            <translation>Help request and the agent's notes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="299" />
            <source>Contact door de budgetcoach</source>
            <translation>Contact by the budget coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="314" />
            <source>In &amp;behandeling nemen</source>
            <translation>&amp;Take this case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="316" />
            <source>&amp;Teruggeven</source>
            <translation>&amp;Give back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="333" />
            <source>Bewoner gesproken</source>
            <translation>Spoke to the resident</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="334" />
            <source>Niet bereikt</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="345" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation>Short note (no BSN or medical details)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="349" />
            <source>Contact &amp;vastleggen</source>
            <translation>&amp;Record contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="376" />
            <source>Geboden hulp</source>
            <translation>Help offered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="369" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation>&amp;Save help offered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="391" />
            <source>Afsluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="385" />
            <source>&amp;Afsluiten…</source>
            <translation>&amp;Close…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="356" />
            <source>Contactpoging</source>
            <translation>Contact attempt</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="403" />
            <source>Hulp geboden</source>
            <translation>Help delivered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="404" />
            <source>Bewoner wil toch geen hulp</source>
            <translation>Resident declined help after all</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="405" />
            <source>Geen hulp nodig</source>
            <translation>No help needed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="406" />
            <source>Al in schuldhulptraject</source>
            <translation>Already in debt counselling</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="407" />
            <source>Bewoner niet bereikt</source>
            <translation>Resident not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="408" />
            <source>Ingetrokken</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="443" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation>{0} open, of which {1} urgent and {2} without a coach yet.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="447" />
            <source>{0} over de wettelijke termijn.</source>
            <translation>{0} past the legal deadline.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="506" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation>(personal data purged)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="507" />
            <source>  · SPOED</source>
            <translation>  · URGENT</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="510" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation>Local target: {0} · legal deadline: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="523" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="526" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="528" />
            <source>Geboren</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="533" />
            <source>Ook genoemd</source>
            <translation>Also named</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="534" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="209" />
            <location filename="../../ui/tabs/handoff.py" line="535" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="537" />
            <source> (onjuist)</source>
            <translation> (wrong)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="540" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="542" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="235" />
            <location filename="../../ui/tabs/handoff.py" line="545" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="588" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Help requested:&lt;/b&gt; {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="593" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Request:&lt;/b&gt; {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="605" />
            <source>gesproken</source>
            <translation>spoke</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="605" />
            <source>niet bereikt</source>
            <translation>not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="612" />
            <source>Nog geen contactpogingen.</source>
            <translation>No contact attempts yet.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="656" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation>You have taken this handoff.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="657" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation>The handoff has been given back to all budget coaches.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="658" />
            <source>Het contact is vastgelegd.</source>
            <translation>The contact has been recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="659" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation>The help offered has been saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="660" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation>The handoff and the case have been closed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="717" />
            <source>Overdracht afsluiten</source>
            <translation>Close handoff</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="719" />
            <source>Overdracht afsluiten als “{0}”? Daarmee wordt ook de zaak gesloten.</source>
            <translation>Close the handoff as “{0}”? This closes the case too.</translation>
        </message>
    </context>
    <context>
        <name>HelpRequestDialog</name>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="42" />
            <location filename="../../ui/tabs/next_call_dialogs.py" line="47" />
            <source>Hulpvraag vastleggen</source>
            <extracomment>How far ahead a callback may be agreed (calendar days). The step between offered callback times (minutes).</extracomment>
            <translation>Record the request for help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="52" />
            <source>De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt contact op; kies waar de bewoner hulp bij wil.</source>
            <translation>The resident accepts the offer of help. A budget coach of the municipality will get in touch; choose what the resident wants help with.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="61" />
            <source>Gewenste hulp (minstens één)</source>
            <translation>Help wanted (at least one)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="72" />
            <source>&amp;Urgent — er dreigt iets op korte termijn</source>
            <translation>&amp;Urgent — something is about to happen</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="77" />
            <source>Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, beëindiging van de zorgverzekering of een zitting bij de rechter. De coach spreekt de bewoner dan binnen 3 werkdagen, anders binnen 4 weken.</source>
            <translation>Urgent means: threatened eviction, disconnection of gas, electricity, heat or water, termination of the health insurance or a court hearing. The coach then speaks to the resident within 3 working days, otherwise within 4 weeks.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="87" />
            <source>&amp;Toelichting voor de budgetcoach</source>
            <translation>&amp;Note for the budget coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="93" />
            <source>Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.</source>
            <translation>For example: what is going on, when is the resident easy to reach.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="107" />
            <source>Hulpvraag &amp;opslaan</source>
            <translation>&amp;Save request for help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="131" />
            <source>Kies minstens één soort hulp.</source>
            <translation>Choose at least one kind of help.</translation>
        </message>
    </context>
    <context>
        <name>HelpType</name>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Betalingsregeling</source>
            <translation>Payment arrangement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="67" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation>Advice on money matters (by phone)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="68" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation>Tailored budget support (BooM)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="69" />
            <source>Schuldhulpverlening</source>
            <translation>Debt counselling</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="70" />
            <source>Luisterend oor</source>
            <translation>A listening ear</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="71" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="317" />
            <source>Signalen inlezen</source>
            <translation>Import signals</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="319" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation>Import a signal file from the creditors (CSV or Excel). Good rows are imported; rows with an error are listed below with their line number and reason. Save them, correct them and import the file again: what is already known is skipped.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="328" />
            <source>Kies een bestand…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="330" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="332" />
            <source>&amp;Inlezen</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="353" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="354" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="356" />
            <source>Inhoud van de regel</source>
            <translation>Content of the line</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="364" />
            <source>AFGEWEZEN REGELS</source>
            <translation>REJECTED ROWS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="373" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation>&amp;Save rejected rows as CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="386" />
            <source>Signaalbestand kiezen</source>
            <translation>Choose a signal file</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="388" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation>Signal files (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="395" />
            <source>Kies eerst een bestand.</source>
            <translation>Choose a file first.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="402" />
            <source>Bezig met inlezen van {0}…</source>
            <translation>Importing {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="426" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; rows read: &lt;b&gt;{1}&lt;/b&gt; imported ({2} new cases, {3} added to an open case), {4} already known, &lt;b&gt;{5}&lt;/b&gt; rejected.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="444" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation>{0} row(s) rejected. Save them as CSV, correct them and import them again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="449" />
            <source>Alle regels zijn ingelezen.</source>
            <translation>All rows have been imported.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="459" />
            <source>Afgewezen regels opslaan</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="461" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="470" />
            <source>Opgeslagen: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>InboundDialog</name>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="36" />
            <source>loopt</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="38" />
            <source>bij de budgetcoach</source>
            <translation>with the budget coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="40" />
            <source>afgesloten, niet bereikt</source>
            <translation>closed, not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="41" />
            <source>afgesloten na gesprek</source>
            <translation>closed after a conversation</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="52" />
            <location filename="../../ui/tabs/inbound_dialog.py" line="57" />
            <source>Inwoner belt terug</source>
            <translation>Resident calls back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="62" />
            <source>Zoek de zaak op het nummer waarmee de bewoner belt, op achternaam met postcode en huisnummer, of op kenmerk of zaaknummer.</source>
            <translation>Find the case by the number the resident calls from, by last name with postcode and house number, or by reference or case number.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="74" />
            <source>bijv. 06 12345678</source>
            <translation>e.g. 06 12345678</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="75" />
            <source>&amp;Telefoonnummer</source>
            <translation>&amp;Phone number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="78" />
            <source>&amp;Achternaam</source>
            <translation>&amp;Last name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="81" />
            <source>bijv. 2031 AB</source>
            <translation>e.g. 2031 AB</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="82" />
            <source>&amp;Postcode</source>
            <translation>&amp;Postcode</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="85" />
            <source>&amp;Huisnummer</source>
            <translation>&amp;House number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="88" />
            <source>&amp;Kenmerk of zaaknummer</source>
            <translation>&amp;Reference or case number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="91" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="104" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="105" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="106" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="107" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="108" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="129" />
            <source>Zaak &amp;openen</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="149" />
            <source>Zoeken…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="167" />
            <source>Geen zaak gevonden. Vraag naar een ander gegeven.</source>
            <translation>No case found. Ask for another detail.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="171" />
            <source>Meer dan {0} zaken gevonden; alleen de eerste {0} staan hier. Zoek nauwkeuriger.</source>
            <translation>More than {0} cases found; only the first {0} are listed. Search more precisely.</translation>
        </message>
    </context>
    <context>
        <name>JobsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1437" />
            <source>Gedeelde taken</source>
            <translation>Shared jobs</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1439" />
            <source>Elke geopende Vroegbel doet mee met de gedeelde taken (en een eventuele server met 'vroegbel scheduler'); per tijdstip voert precies één werkplek een taak uit. Hier ziet u per taak wanneer die het laatst draaide, op welke werkplek, en de laatste fout van de afgelopen twee weken.</source>
            <translation>Every open Vroegbel takes part in the shared jobs (and a server running 'vroegbel scheduler', if any); at each moment exactly one workstation runs a job. Here you see per job when it last ran, on which workstation, and its last error of the past two weeks.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1449" />
            <source>Gemiste belvensters doorschuiven</source>
            <translation>Move missed calling windows on</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1450" />
            <source>Verlopen reserveringen vrijgeven</source>
            <translation>Release expired leases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1451" />
            <source>Overdrachten over de termijn markeren</source>
            <translation>Flag handoffs past their target</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1452" />
            <source>Nachtelijke opschoning (bewaartermijnen)</source>
            <translation>Nightly purge (retention)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1453" />
            <source>Oude taakregistratie opruimen</source>
            <translation>Prune the old job ledger</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1461" />
            <source>nog niet gedraaid</source>
            <translation>not run yet</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1463" />
            <source>bezig, of de werkplek stopte halverwege</source>
            <translation>running, or the workstation stopped halfway</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1465" />
            <source>mislukt</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1466" />
            <source>klaar</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1470" />
            <source>Taak</source>
            <translation>Job</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1471" />
            <source>Laatst gedraaid</source>
            <translation>Last run</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1472" />
            <source>Werkplek</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1474" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1481" />
            <source>Laatste fout</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1498" />
            <source>Deze werkplek is aangemeld met een persoonlijke databaselogin en voert daarom zelf geen gedeelde taken uit: die draaien op de server met 'vroegbel scheduler' als eigenaar van de database. Staan de tijden hieronder stil, controleer dan die server.</source>
            <translation>This workstation is signed in with a personal database login and so runs no shared jobs itself: they run on the server with 'vroegbel scheduler' as the database owner. If the times below stand still, check that server.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1510" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/login.py" line="454" />
            <source>Scherm vergrendeld</source>
            <extracomment>unlocked, with the Actor the account has now (the session checks it is still the same)</extracomment>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="456" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation>The screen was locked because nothing happened for a while. Enter your password to continue as {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="470" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="471" />
            <source>&amp;Ontgrendelen</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="475" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../ui/login.py" line="91" />
            <source>Het database-adres begint niet met een type zoals postgresql+psycopg:// of sqlite:///.</source>
            <translation>The database address does not start with a type such as postgresql+psycopg:// or sqlite:///.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="99" />
            <source>Het poortnummer in het database-adres is geen getal.</source>
            <translation>The port number in the database address is not a number.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="101" />
            <source>Het database-adres is onleesbaar; voorbeeld: postgresql+psycopg://naam@server/vroegbel.</source>
            <translation>The database address cannot be read; for example: postgresql+psycopg://name@server/vroegbel.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="107" />
            <source>Onbekend databasetype '{0}'; gebruik postgresql+psycopg of sqlite.</source>
            <translation>Unknown database type '{0}'; use postgresql+psycopg or sqlite.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="244" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation>Log in with your own user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="246" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation>DEMO — practice environment with made-up data.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="247" />
            <source>Aanmelden bij Vroegbel</source>
            <translation>Log in to Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="264" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="268" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="270" />
            <source>&amp;Aanmelden</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="275" />
            <source>&amp;Database…</source>
            <translation>&amp;Database…</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="283" />
            <source>Af&amp;sluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="300" />
            <source>Bezig met aanmelden…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="306" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="359" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation>You must choose your own password first.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="69" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation>DEMO — practice environment with made-up data. None of this is real and nothing is sent to the municipality.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>Vroegbel — vroegsignalering</source>
            <translation>Vroegbel — early detection of debts</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="95" />
            <source>DEMO — {0}</source>
            <translation>DEMO — {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation>This part could not be loaded.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation>There is no work screen for your role in this version.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="113" />
            <source>Welkom</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>&amp;Vroegbel</source>
            <translation>&amp;Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>&amp;Bewaarde uitkomsten…</source>
            <translation>&amp;Kept outcomes…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;Kiesinstelling van deze werkplek…</source>
            <translation>&amp;Dialling on this workstation…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>Scherm &amp;vergrendelen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>A&amp;fsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Over Vroegbel</source>
            <translation>&amp;About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>● Database niet bereikbaar</source>
            <translation>● Database unreachable</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="225" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>● {0} verbonden</source>
            <translation>● {0} connected</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="234" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n outcome waiting to be sent</numerusform>
                <numerusform>%n outcomes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="236" />
            <source>%n geweigerd (menu Vroegbel)</source>
            <translation>
                <numerusform>%n refused (menu Vroegbel)</numerusform>
                <numerusform>%n refused (menu Vroegbel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="241" />
            <source>Alles verzonden</source>
            <translation>Everything sent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <location filename="../../ui/main_window.py" line="271" />
            <source>Kiesinstelling</source>
            <translation>Dialling</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>Hoe deze werkplek belt bij Bellen (Ctrl+D), bijvoorbeeld tel:{e164}, sip:{e164}@pbx.example of callto:{e164}. Leeg: zelf kiezen op een aparte telefoon.</source>
            <translation>How this workstation dials on Call (Ctrl+D), for example tel:{e164}, sip:{e164}@pbx.example or callto:{e164}. Empty: dial yourself on a separate phone.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Kiesinstelling opgeslagen</source>
            <translation>Dialling saved</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="336" />
            <source>Over Vroegbel</source>
            <translation>About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="338" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Calling for the early detection of debts: reaching residents with payment arrears in person and, if they wish, referring them to a budget coach of the municipality.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../ui/labels.py" line="156" />
            <source>vandaag om {0}</source>
            <translation>today at {0}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="158" />
            <source>morgen om {0}</source>
            <translation>tomorrow at {0}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="159" />
            <source>{0} {1} om {2}</source>
            <translation>{0} {1} at {2}</translation>
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="217" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation>Next call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="220" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation>Call the next resident (F5 or Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="225" />
            <location filename="../../ui/tabs/next_call.py" line="684" />
            <source>Inwoner belt terug</source>
            <translation>Resident calls back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="227" />
            <source>De zaak zoeken van een bewoner die zelf belt (F6)</source>
            <translation>Find the case of a resident who calls us (F6)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="272" />
            <location filename="../../ui/tabs/next_call.py" line="580" />
            <location filename="../../ui/tabs/next_call.py" line="1197" />
            <source>Klaar voor het volgende gesprek</source>
            <translation>Ready for the next call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="278" />
            <location filename="../../ui/tabs/next_call.py" line="1198" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="301" />
            <source>Eerdere pogingen</source>
            <translation>Earlier attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="355" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="366" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="368" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="370" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="372" />
            <source>Totale achterstand</source>
            <translation>Total arrears</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="375" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="379" />
            <source>Waarom dit tijdvak</source>
            <translation>Why this slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="382" />
            <source>Bereikbaar</source>
            <translation>Reachable</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="408" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation>&amp;Notes on this call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="415" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation>What was discussed? No medical or other sensitive details.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="421" />
            <source>&amp;Beste bereikbaar</source>
            <translation>&amp;Best reachable</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="430" />
            <source>Hoorde u van een huisgenoot of de bewoner wanneer die beter bereikbaar is? Kies een tijdvak of typ een tijd (19:30). Geldt bij geen gehoor, voicemail, in gesprek en een terugbelafspraak.</source>
            <translation>Did a member of the household or the resident say when they are easier to reach? Choose a slot or type a time (19:30). Applies to no answer, voicemail, busy and a callback appointment.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="435" />
            <source>(niets gehoord)</source>
            <translation>(nothing heard)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="449" />
            <source>Uitkomst van dit gesprek</source>
            <translation>Outcome of this call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="452" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation>Ctrl+1 … Ctrl+9 · give back Ctrl+W</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="467" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="476" />
            <source>Teruggeven zonder uitkomst</source>
            <translation>Give back without outcome</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="481" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation>The case goes back to the queue, without a call attempt (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="492" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="582" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>The calling window is open until {0}. Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="590" />
            <source>Buiten de beltijden</source>
            <translation>Outside calling hours</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="594" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation>No calling windows are set; ask the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="595" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation>The next calling window opens {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="601" />
            <source>Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep zo opnieuw.</source>
            <translation>Check the network connection or ask the administrator for help. Kept outcomes are sent by themselves as soon as the connection is back; try Next call again shortly.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="608" />
            <location filename="../../ui/tabs/next_call.py" line="659" />
            <source>Database niet bereikbaar</source>
            <translation>Database unreachable</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="616" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation>Finding the next resident…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="627" />
            <source>Er staat nu niemand klaar</source>
            <translation>Nobody is waiting right now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="629" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation>There is no resident to call in this calling window right now. Try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="654" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation>The database is unreachable, so no new resident can be fetched now. Recorded outcomes are kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="667" />
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="670" />
            <source>Ook op dit adres: {0}</source>
            <translation>Also at this address: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="676" />
            <source>Terugbelafspraak {0}</source>
            <translation>Callback appointment {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="678" />
            <source>Terugbelafspraak</source>
            <translation>Callback appointment</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="681" />
            <source>Al bij u in behandeling</source>
            <translation>Already in your hands</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="686" />
            <source>Inwoner belt terug · zaak was afgesloten zonder contact</source>
            <translation>Resident calls back · the case had closed without contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="690" />
            <source>Geplande poging · {0}</source>
            <translation>Planned attempt · {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="693" />
            <location filename="../../ui/tabs/next_call.py" line="694" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="700" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation>{0} of at most {1} attempts used</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="711" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation>Earlier request for help ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="739" />
            <source>Het nummer dat u belt</source>
            <translation>The number you are calling</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="743" />
            <source>onjuist</source>
            <translation>wrong</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="747" />
            <source>Bellen</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="749" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation>Call with this workstation's phone (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="751" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="753" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation>Copy number (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="764" />
            <source>geen telefoonnummer bekend</source>
            <translation>no phone number known</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="766" />
            <source>Nummer toevoegen…</source>
            <translation>Add number…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="768" />
            <source>Een ander nummer dat de bewoner u geeft</source>
            <translation>Another number the resident gives you</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="781" />
            <source>Nummer toevoegen</source>
            <translation>Add number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="782" />
            <source>Telefoonnummer (bijvoorbeeld 06 12345678):</source>
            <translation>Phone number (for example 06 12345678):</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="802" />
            <source>Nummer toegevoegd.</source>
            <translation>Number added.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="831" />
            <source>Gesprek gestart; kies het nummer op uw telefoon.</source>
            <translation>Call started; dial the number on your phone.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="838" />
            <source>Nummer gekopieerd</source>
            <translation>Number copied</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="860" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation>Reserved for you: {0}:{1:02d} left</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="891" />
            <source>De reservering van deze zaak is verlopen; sla de uitkomst nu op, anders kan een collega deze bewoner bellen.</source>
            <translation>Your reservation of this case has expired; save the outcome now, or a colleague may call this resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="901" />
            <source>De reservering van zaak {0} is verlopen; de zaak is terug in de wachtrij.</source>
            <translation>Your reservation of case {0} has expired; the case is back in the queue.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="933" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation>The database is unreachable for a moment. You can finish the call; the outcome is kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="942" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation>This case is no longer reserved for you: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="958" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation>First choose which number is wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1033" />
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1062" />
            <source>{0} op {1}</source>
            <translation>{0} on {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1064" />
            <source>{0}; de budgetcoaches nemen het over</source>
            <translation>{0}; the budget coaches take it from here</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1069" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation>Saved: {0}. Press Next call (F5) for the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1084" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation>The database is unreachable. The outcome ({0}) is kept on this computer and will be sent as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1092" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation>The outcome ({0}) was not saved: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1108" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation>Not saved: {0} Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1127" />
            <source>De zaak wordt geopend…</source>
            <translation>Opening the case…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1148" />
            <source>Leg het gesprek vast met een van de uitkomsten; het telt als bereikt en gebruikt geen belpoging.</source>
            <translation>Record the conversation with one of the outcomes; it counts as reached and uses no call attempt.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1167" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation>The case was given back to the queue.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1180" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation>The case could not be given back because the database is unreachable; it returns to the queue by itself when the reservation expires.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1211" />
            <source>Zaak nog open</source>
            <translation>Case still open</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1213" />
            <source>U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan de wachtrij?</source>
            <translation>A resident is still on your screen without an outcome. Give the case back to the queue?</translation>
        </message>
    </context>
    <context>
        <name>OpenCasesModel</name>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="55" />
            <source>Zaak</source>
            <extracomment>rows per worker call when a refresh re-reads the loaded range</extracomment>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="56" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="57" />
            <source>Gemeld op</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="58" />
            <source>Achterstand</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="59" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="60" />
            <source>Volgend belvenster</source>
            <translation>Next calling window</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="61" />
            <source>Terugbellen</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="62" />
            <source>Bij beller</source>
            <translation>With agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="97" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="99" />
            <source>morgen</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="101" />
            <source>gisteren</source>
            <translation>yesterday</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="403" />
            <source>wacht op telefoonnummer</source>
            <extracomment>the total number of rows the filter matches (not only the loaded ones) a page or a refresh arrived</extracomment>
            <translation>waiting for a phone number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="417" />
            <source>{0} sinds {1}</source>
            <translation>{0} since {1}</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="115" />
            <location filename="../../ui/outbox_dialog.py" line="119" />
            <source>Bewaarde uitkomsten</source>
            <translation>Kept outcomes</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="124" />
            <source>Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.</source>
            <translation>Outcomes that are not in the shared database yet. Waiting outcomes are sent by themselves; a refused outcome stays here until you try it again or remove it.</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="146" />
            <source>&amp;Opnieuw proberen</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="147" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="200" />
            <source>Uitkomst verwijderen</source>
            <translation>Remove outcome</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="202" />
            <source>De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?</source>
            <translation>The outcome '{0}' of case {1} will not be saved any more. Remove it?</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="74" />
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="75" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="76" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="77" />
            <source>Gesprek</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="78" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="89" />
            <source>geweigerd</source>
            <translation>refused</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="90" />
            <source>wacht op verbinding</source>
            <translation>waiting for the connection</translation>
        </message>
    </context>
    <context>
        <name>OutboxSync</name>
        <message numerus="yes">
            <location filename="../../ui/outbox_sync.py" line="136" />
            <source>%n bewaarde uitkomst(en) alsnog opgeslagen.</source>
            <extracomment>(written, pending, reachable) after each flush</extracomment>
            <translation>
                <numerusform>%n kept outcome saved after all.</numerusform>
                <numerusform>%n kept outcomes saved after all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/outbox_sync.py" line="140" />
            <source>%n bewaarde uitkomst(en) geweigerd; zie de teamleider.</source>
            <translation>
                <numerusform>%n kept outcome refused; see the team lead.</numerusform>
                <numerusform>%n kept outcomes refused; see the team lead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../ui/labels.py" line="29" />
            <source>Geen gehoor</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="30" />
            <source>Voicemail</source>
            <translation>Voicemail</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>In gesprek</source>
            <translation>Busy</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <source>Onjuist nummer</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="33" />
            <source>Terugbelafspraak</source>
            <translation>Callback appointment</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="34" />
            <source>Bereikt, geen hulpvraag</source>
            <translation>Reached, no help needed</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="35" />
            <source>Bereikt, hulpaanbod geaccepteerd</source>
            <translation>Reached, help accepted</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="36" />
            <source>Bereikt, hulp afgewezen</source>
            <translation>Reached, help declined</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="37" />
            <source>Al in schuldhulptraject</source>
            <translation>Already in debt counselling</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="38" />
            <source>Verstuurd</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>Kaartje achtergelaten</source>
            <translation>Card left</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="40" />
            <source>Verhuisd</source>
            <translation>Moved away</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="265" />
            <source>Er is niets gewijzigd.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="272" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation>{0} setting(s) saved.</translation>
        </message>
    </context>
    <context>
        <name>PlanningPanel</name>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="123" />
            <source>Contactkansen &amp;verversen</source>
            <extracomment>The heat map runs from white (no contact) to the report's reach colour (the best cell).</extracomment>
            <translation>&amp;Refresh contact rates</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="136" />
            <location filename="../../ui/tabs/planning_panel.py" line="147" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="137" />
            <source>Hele gemeente</source>
            <translation>Whole municipality</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="148" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="150" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="156" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="162" />
            <source>Gemeten</source>
            <translation>Measured</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="168" />
            <source>Planner rekent met</source>
            <translation>Planner uses</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="182" />
            <source>Wat als: andere belregels op eigen cijfers</source>
            <translation>What if: other calling rules on our own figures</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="198" />
            <source>Meldingen &amp;van</source>
            <translation>Signals &amp;from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="199" />
            <source>&amp;tot en met</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="200" />
            <source>&amp;Maximaal pogingen</source>
            <translation>&amp;Maximum attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="201" />
            <source>Minimaal &amp;avond</source>
            <translation>Minimum &amp;evening</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="202" />
            <source>Minimaal &amp;zaterdag</source>
            <translation>Minimum &amp;Saturday</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="203" />
            <source>Binnen &amp;dagen</source>
            <translation>Within &amp;days</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="210" />
            <source>&amp;Doorrekenen</source>
            <translation>&amp;Calculate</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="217" />
            <source>Speelt de zaken van de periode na met de contactkansen van hun eigen pogingen per wijk en tijdvak; beide regelsets krijgen dezelfde toevalsgetallen.</source>
            <translation>Replays the period's cases with the contact rates of their own attempts per neighbourhood and slot; both rule sets get the same random numbers.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="227" />
            <source>Regels</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="228" />
            <source>Instelling</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="230" />
            <source>Bereik</source>
            <translation>Reach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="235" />
            <source>Verwacht bereik</source>
            <translation>Expected reach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="240" />
            <source>Gesprekken per zaak</source>
            <translation>Calls per case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="267" />
            <source>{0} · {1} pog.</source>
            <translation>{0} · {1} att.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="272" />
            <source>Nog geen pogingen in dit tijdvak.</source>
            <translation>No attempts in this slot yet.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="274" />
            <source>{0} pogingen, {1} met contact (gemeten {2}); de planner rekent met {3}.</source>
            <translation>{0} attempts, {1} with contact (measured {2}); the planner uses {3}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="321" />
            <source>{0} pogingen, {1} avond, {2} zaterdag, {3} dagen</source>
            <translation>{0} attempts, {1} evening, {2} Saturday, {3} days</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="368" />
            <source>Contact per wijk en tijdvak van {0} tot en met {1} ({2} weken), zoals de planner ermee rekent: een wijk met weinig pogingen weegt mee met {3} pogingen van de hele gemeente.</source>
            <translation>Contact per neighbourhood and slot from {0} to {1} ({2} weeks), as the planner uses it: a neighbourhood with few attempts is weighed with {3} attempts of the whole municipality.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="400" />
            <source>Bezig met doorrekenen…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="421" />
            <source>Huidige regels</source>
            <translation>Current rules</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="422" />
            <source>Voorgesteld</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="428" />
            <source>{0} zaken en {1} belpogingen nagespeeld (werkelijk bereik {2}); seed {3}.</source>
            <translation>{0} cases and {1} calls replayed (actual reach {2}); seed {3}.</translation>
        </message>
    </context>
    <context>
        <name>QueueMonitorTab</name>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="161" />
            <source>Live wachtrij</source>
            <extracomment>the live figures were shown (LiveFigures) a release or reassign finished ("release" / "reassign")</extracomment>
            <translation>Live queue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="163" />
            <source>Cijfers per periode</source>
            <translation>Figures per period</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="165" />
            <source>Planning en contactkansen</source>
            <translation>Planning and contact rates</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="168" />
            <source>Vervolg: brief, kaartje, huisbezoek</source>
            <translation>Follow-up: letter, card, home visit</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="186" />
            <location filename="../../ui/tabs/queue_monitor.py" line="223" />
            <source>Nu te bellen</source>
            <translation>Due now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="187" />
            <source>Vandaag gepland</source>
            <translation>Planned today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="188" />
            <source>Terugbellen vandaag</source>
            <translation>Callbacks today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="189" />
            <source>Venster gemist</source>
            <translation>Window missed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="190" />
            <location filename="../../ui/tabs/queue_monitor.py" line="224" />
            <source>Bij een beller</source>
            <translation>With an agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="191" />
            <source>Zonder nummer</source>
            <translation>No number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="192" />
            <source>Coach te laat</source>
            <translation>Coach overdue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="216" />
            <source>Open zaken</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="222" />
            <source>Alle open zaken</source>
            <translation>All open cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="225" />
            <source>Belvenster verstreken</source>
            <translation>Window passed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="226" />
            <source>Zonder telefoonnummer</source>
            <translation>Without a phone number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="230" />
            <source>Alle wijken</source>
            <translation>All neighbourhoods</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="269" />
            <location filename="../../ui/tabs/queue_monitor.py" line="321" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="270" />
            <location filename="../../ui/tabs/queue_monitor.py" line="322" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="271" />
            <location filename="../../ui/tabs/queue_monitor.py" line="307" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="272" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="273" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="279" />
            <source>Zaken bij een beller</source>
            <translation>Cases held by an agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="283" />
            <source>Kies een zaak.</source>
            <translation>Choose a case.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="285" />
            <source>&amp;Vrijgeven</source>
            <translation>&amp;Release</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="287" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation>Put the case back in the queue (the agent can no longer save on it)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="291" />
            <source>&amp;Toewijzen</source>
            <translation>&amp;Assign</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="292" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation>Give the case to the chosen agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="298" />
            <source>Toewijzen aan</source>
            <translation>Assign to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="308" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="309" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="311" />
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>Laatste</source>
            <translation>Last</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="318" />
            <source>Bellers vandaag</source>
            <translation>Agents today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="324" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="326" />
            <source>wettelijk {0}</source>
            <translation>legal {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="328" />
            <source>lokaal {0}</source>
            <translation>local {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="333" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="333" />
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="334" />
            <source>Spoed</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="334" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="340" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation>Handoffs without a conversation past the deadline</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="421" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="429" />
            <source>{0} nu aan de beurt</source>
            <translation>{0} due now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="434" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation>passed without an attempt; {0} missed before</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="438" />
            <source>{0} open zaken in totaal</source>
            <translation>{0} open cases in all</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="440" />
            <source>zonder geldig nummer</source>
            <translation>without a valid number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="443" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation>{0} past the legal deadline; {1} open</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="452" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation>Updated at {0}; refreshes itself as soon as something changes.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="462" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation>{0} of {1} cases loaded (more as you scroll)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="466" />
            <source>{0} zaken</source>
            <translation>{0} cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="500" />
            <source>Zaak {0} (bij {1})</source>
            <translation>Case {0} (with {1})</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="502" />
            <source>Zaak {0}</source>
            <translation>Case {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="548" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation>Case {0} has been released and is back in the queue.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="550" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation>Case {0} was not held by anyone.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="553" />
            <source>Zaak {0} is toegewezen aan {1}.</source>
            <translation>Case {0} has been assigned to {1}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="143" />
            <source>Meldingen &amp;van</source>
            <translation>Signals &amp;from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="145" />
            <source>&amp;tot en met</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="147" />
            <source>Cijfers &amp;tonen</source>
            <translation>&amp;Show figures</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="156" />
            <source>Exporteren:</source>
            <translation>Export:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="160" />
            <source>Het rapport van deze periode opslaan als {0}</source>
            <translation>Save this period's report as {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="191" />
            <source>Kies een periode en druk op ‘Cijfers tonen’.</source>
            <translation>Choose a period and press ‘Show figures’.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="202" />
            <source>Bereik en hulpacceptatie per wijk</source>
            <translation>Reach and help acceptance per neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="230" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="231" />
            <source>Zaken</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="232" />
            <source>Bereikt</source>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="234" />
            <source>Bereik</source>
            <translation>Reach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="236" />
            <source>Hulp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="238" />
            <source>Acceptatie</source>
            <translation>Acceptance</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="249" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="251" />
            <source>Belpogingen</source>
            <translation>Call attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="252" />
            <location filename="../../ui/tabs/report_panel.py" line="281" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="254" />
            <source>Contact per poging</source>
            <translation>Contact per attempt</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="279" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="265" />
            <location filename="../../ui/tabs/report_panel.py" line="280" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="268" />
            <location filename="../../ui/tabs/report_panel.py" line="282" />
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="266" />
            <location filename="../../ui/tabs/report_panel.py" line="284" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="168" />
            <source>&amp;Vergelijken met meldingen van</source>
            <translation>&amp;Compare with signals from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="182" />
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="264" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="271" />
            <source>Daarna teruggebeld</source>
            <translation>Called back after</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="297" />
            <source>Per wijk</source>
            <translation>Per neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="298" />
            <source>Contact per tijdvak</source>
            <translation>Contact per slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="299" />
            <source>Per beller</source>
            <translation>Per agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="300" />
            <source>Per kanaal</source>
            <translation>Per channel</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="324" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation>Budget coaches: time to first conversation</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="373" />
            <source>Vergeleken met {0}: bereik van {1} naar {2} ({3} procentpunt), hulpacceptatie van {4} naar {5} ({6} procentpunt).</source>
            <translation>Compared with {0}: reach from {1} to {2} ({3} percentage points), acceptance from {4} to {5} ({6} percentage points).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="399" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation>{0}: {1} signals, {2} residents reached ({3}), {4} accepted help ({5} of those reached). {6} call attempts, {7} conversations.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="430" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation>{0} handoffs; {1} spoken to, {2} still waiting. Median {3} working days (mean {4}). Within the local target: {5}; within the legal deadline: {6}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="444" />
            <source>Geen overdrachten in deze periode.</source>
            <translation>No handoffs in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="456" />
            <source>Bereik (% van de meldingen)</source>
            <translation>Reach (% of signals)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="457" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation>Help acceptance (% of those reached)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="493" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="494" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="495" />
            <source>PDF-document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="498" />
            <source>Rapport opslaan</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="506" />
            <source>De cijfers worden berekend…</source>
            <translation>Computing the figures…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="506" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="508" />
            <source>Rapport exporteren</source>
            <translation>Export report</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="530" />
            <source>Het bestand wordt geschreven…</source>
            <translation>Writing the file…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="545" />
            <source>De export wordt vastgelegd…</source>
            <translation>Recording the export…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="586" />
            <source>Rapport opgeslagen: {0}</source>
            <translation>Report saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="982" />
            <source>Bewaartermijnen</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="984" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation>Personal data is removed after the retention period; the anonymous figures stay. A case closed without help is purged after the first period; a handed-off case only once the budget coach has closed it, plus the second period. Open cases always stay. The purge runs by itself every night.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1002" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation>Closed without help: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1003" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation>After the coach closed it: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1004" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation>Lock the screen after (minutes idle)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1006" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1010" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation>&amp;Dry run: what would be purged now?</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1040" />
            <source>Er is niets gewijzigd.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1047" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation>{0} setting(s) saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1052" />
            <source>Bezig…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../ui/main_window.py" line="34" />
            <source>beller</source>
            <translation>agent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="35" />
            <source>budgetcoach</source>
            <translation>budget coach</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="36" />
            <source>teamleider</source>
            <translation>team lead</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="37" />
            <source>functioneel beheerder</source>
            <translation>administrator</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="676" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation>Calling windows, attempts and closed days</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="678" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation>When calls are made and how often. There are never calls on Sundays and Dutch public holidays; add extra closed days (e.g. 5 May or 24 December) below. Changes apply to every workstation.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="695" />
            <source>BELVENSTERS</source>
            <translation>CALLING WINDOWS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="702" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="703" />
            <source>tot</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="729" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation>ATTEMPTS AND DEADLINES</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="751" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation>EXTRA CLOSED DAYS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="757" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="760" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="773" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation>Reason, e.g. Liberation Day</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="774" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="775" />
            <source>Ve&amp;rwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="785" />
            <source>Instellingen &amp;opslaan</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="788" />
            <source>Wijzigingen ongedaan maken</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="794" />
            <source>Maximaal aantal belpogingen</source>
            <translation>Maximum number of call attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="795" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation>Minimum number of evening attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="796" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation>Minimum number of Saturday attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="797" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation>All attempts within (calendar days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="798" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation>A case stays reserved (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="799" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation>Callback reserved for its agent (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="800" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation>Local target for the coach's first conversation (working days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="801" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation>Legal deadline when threatened (working days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="802" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation>Legal deadline otherwise (weeks)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="803" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation>Closed without help: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="804" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation>After the coach closed it: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="805" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation>Lock the screen after (minutes idle)</translation>
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../ui/labels.py" line="97" />
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="98" />
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="99" />
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="100" />
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/status.py" line="50" />
            <source>Belvenster open tot {0}</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>Calling window open until {0}</translation>
        </message>
        <message>
            <location filename="../../ui/status.py" line="53" />
            <source>Belvenster open</source>
            <translation>Calling window open</translation>
        </message>
        <message>
            <location filename="../../ui/status.py" line="55" />
            <source>Buiten belvenster — volgende {0}</source>
            <translation>Outside calling hours — next {0}</translation>
        </message>
        <message>
            <location filename="../../ui/status.py" line="58" />
            <source>Geen belvenster gepland</source>
            <translation>No calling window planned</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="61" />
            <source>Volgende oproep</source>
            <translation>Next call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="68" />
            <source>Overdrachten</source>
            <translation>Handoffs</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="75" />
            <source>Wachtrij en cijfers</source>
            <translation>Queue and figures</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="82" />
            <source>Vooruitblik</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="89" />
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="487" />
            <source>Gebruikers en rollen</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="489" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation>Everyone logs in with their own account. A new or reset account gets a temporary password that the user replaces at the first login. Hand the temporary password over in person.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="498" />
            <source>verwijderd</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="500" />
            <source>geblokkeerd</source>
            <translation>locked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="502" />
            <source>moet wachtwoord kiezen</source>
            <translation>must choose a password</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="503" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="511" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="516" />
            <source>Laatst aangemeld</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="525" />
            <source>&amp;Blokkeren</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="526" />
            <source>&amp;Deblokkeren</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="527" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="537" />
            <source>NIEUW ACCOUNT</source>
            <translation>NEW ACCOUNT</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="541" />
            <source>bijv. jdevries</source>
            <translation>e.g. jdevries</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="543" />
            <source>bijv. Jan de Vries</source>
            <translation>e.g. Jan de Vries</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="547" />
            <source>Account &amp;aanmaken</source>
            <translation>&amp;Create account</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="507" />
            <location filename="../../ui/tabs/admin.py" line="552" />
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="508" />
            <location filename="../../ui/tabs/admin.py" line="553" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="509" />
            <location filename="../../ui/tabs/admin.py" line="554" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="601" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation>{0} has been locked.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="609" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation>{0} can log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="628" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation>Temporary password for {0}: {1} — hand it over in person; it is not shown again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="636" />
            <source>Vul een gebruikersnaam in.</source>
            <translation>Enter a user name.</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="89" />
            <source>Huisbezoek vastleggen</source>
            <translation>Record a home visit</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="96" />
            <source>&amp;Resultaat</source>
            <translation>&amp;Result</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../ui/labels.py" line="131" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="132" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="133" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="134" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="135" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="136" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="137" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1068" />
            <source>Wijkindeling</source>
            <translation>Neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1070" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation>Which postcode belongs to which neighbourhood, as the municipality reports on them. A postcode area (2031) or a full postcode (2031AB); the longest match counts. A postcode without a neighbourhood goes to ‘Onbekend’ (unknown).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1077" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1077" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1087" />
            <source>Regel &amp;toevoegen</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1088" />
            <source>Regel ve&amp;rwijderen</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1089" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation>&amp;Import from CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1090" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1111" />
            <source>{0} regels</source>
            <translation>{0} rows</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1136" />
            <source>Wijkindeling inlezen</source>
            <translation>Import neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1136" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1144" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation>The file cannot be read: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1151" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation>{0} rows read; check them and press Save.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1161" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation>Neighbourhood mapping saved ({0} rows).</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="66" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>The database is unreachable. Check the network connection or ask the administrator for help.</translation>
        </message>
        <message>
            <location filename="../../ui/worker.py" line="75" />
            <source>De database staat dit niet toe voor uw login. Vraag de functioneel beheerder om hulp als u dit voor uw werk nodig hebt.</source>
            <translation>The database does not allow this for your login. Ask the application administrator for help if you need it for your work.</translation>
        </message>
        <message>
            <location filename="../../ui/worker.py" line="83" />
            <source>Er ging iets onverwachts mis. Probeer het opnieuw.</source>
            <translation>Something unexpected went wrong. Please try again.</translation>
        </message>
    </context>
</TS>
