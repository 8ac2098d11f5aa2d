<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1322" />
            <source>Signalen inlezen</source>
            <translation>Import signals</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1323" />
            <source>Gebruikers en rollen</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1324" />
            <source>Belvensters en pogingen</source>
            <translation>Calling windows and attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1325" />
            <source>Wijkindeling</source>
            <translation>Neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1326" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1327" />
            <source>Bewaartermijnen</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1328" />
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1329" />
            <source>Levering aan CBS (DDAS)</source>
            <translation>Delivery to CBS (DDAS)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="70" />
            <source>Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord {4}.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>Accounts: {0} (agent), {1} (budget coach), {2} (team lead), {3} (administrator); password {4}.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="139" />
            <source>Demodatabase</source>
            <translation>Demo database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="145" />
            <location filename="../../ui/app.py" line="148" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="147" />
            <source>Lokale database</source>
            <translation>Local database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="205" />
            <source>De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.</source>
            <translation>Preparing the demo database; the first time this takes about a minute.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="213" />
            <source>De demodatabase is klaar.</source>
            <translation>The demo database is ready.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="325" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="326" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation>The new language applies from the next time you log in.</translation>
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="24" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="29" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="33" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="37" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="41" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="131" />
            <source>Aangemeld</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="132" />
            <source>Aanmelden mislukt</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="133" />
            <source>Account geblokkeerd na mislukte pogingen</source>
            <translation>Account locked after failed logins</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="136" />
            <source>Toegang geweigerd</source>
            <translation>Access refused</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="137" />
            <source>Wachtwoord gewijzigd</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="138" />
            <source>Wachtwoord wijzigen mislukt</source>
            <translation>Password change failed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="141" />
            <source>Wachtwoord gereset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="142" />
            <source>Account aangemaakt</source>
            <translation>Account created</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="143" />
            <source>Account geblokkeerd</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="144" />
            <source>Account gedeblokkeerd</source>
            <translation>Account unlocked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="145" />
            <source>Account verwijderd</source>
            <translation>Account removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="146" />
            <source>Naam gewijzigd</source>
            <translation>Name changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="147" />
            <source>Rol gewijzigd</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="148" />
            <source>Zaak opgepakt</source>
            <translation>Case claimed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="149" />
            <source>Zaak teruggegeven</source>
            <translation>Case given back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="150" />
            <source>Zaak vrijgegeven door teamleider</source>
            <translation>Case released by team lead</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="153" />
            <source>Reservering verlopen</source>
            <translation>Lease expired</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="154" />
            <source>Zaak toegewezen</source>
            <translation>Case reassigned</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="155" />
            <source>Uitkomst vastgelegd</source>
            <translation>Outcome recorded</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="156" />
            <source>Zaak ingezien</source>
            <translation>Case viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="157" />
            <source>Persoonsgegevens ingezien</source>
            <translation>Personal data viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="158" />
            <source>Telefoonnummer toegevoegd</source>
            <translation>Phone number added</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="159" />
            <source>Overdracht in behandeling</source>
            <translation>Handoff taken</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="160" />
            <source>Overdracht teruggegeven</source>
            <translation>Handoff given back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="161" />
            <source>Contact budgetcoach</source>
            <translation>Budget coach contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="162" />
            <source>Geboden hulp vastgelegd</source>
            <translation>Help offered recorded</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="163" />
            <source>Overdracht afgesloten</source>
            <translation>Handoff closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="164" />
            <source>Cijfers bekeken</source>
            <translation>Figures viewed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="165" />
            <source>Rapport geëxporteerd</source>
            <translation>Report exported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="166" />
            <source>DDAS-levering</source>
            <translation>DDAS delivery</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="167" />
            <source>Signalen ingelezen</source>
            <translation>Signals imported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="168" />
            <source>Contacthistorie ingelezen</source>
            <translation>Contact history imported</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="169" />
            <source>Instelling gewijzigd</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="170" />
            <source>Gesloten dag toegevoegd</source>
            <translation>Closed day added</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="171" />
            <source>Gesloten dag verwijderd</source>
            <translation>Closed day removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="172" />
            <source>Wijkindeling vervangen</source>
            <translation>Neighbourhood mapping replaced</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="173" />
            <source>Bewaartermijn: opgeschoond</source>
            <translation>Retention: purged</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1076" />
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1078" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation>Who did what, when, on which case: views of personal data, outcomes, exports, logins and changes. The log cannot be changed and holds no personal data itself.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1086" />
            <location filename="../../ui/tabs/admin.py" line="1113" />
            <source>Gebruiker</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1088" />
            <source>Zaaknummer</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1091" />
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1099" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1104" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1106" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1112" />
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1115" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1119" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1120" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1129" />
            <source>◀ &amp;Vorige</source>
            <translation>◀ &amp;Previous</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1130" />
            <source>V&amp;olgende ▶</source>
            <translation>&amp;Next ▶</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1162" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation>A case number consists of digits.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1176" />
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
            <location filename="../../ui/login.py" line="326" />
            <source>Kies een eigen wachtwoord</source>
            <translation>Choose your own password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="328" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation>You logged in with a temporary password. Now choose your own password of at least 12 characters that you do not use anywhere else.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="340" />
            <source>&amp;Huidig wachtwoord</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="344" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="348" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation>&amp;Repeat new password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="359" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../ui/labels.py" line="62" />
            <source>Huur</source>
            <translation>Rent</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>Energie</source>
            <translation>Energy</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="64" />
            <source>Drinkwater</source>
            <translation>Drinking water</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="65" />
            <source>Zorgverzekering</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Overig</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../ui/login.py" line="110" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="112" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation>The address of the team's shared database, for example postgresql+psycopg://name@server/vroegbel. Empty: the database on this computer. A password is not kept in the settings.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="122" />
            <source>Database-&amp;URL</source>
            <translation>Database &amp;URL</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="126" />
            <source>alleen voor een server die erom vraagt</source>
            <translation>only for a server that asks for one</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="127" />
            <source>Database-&amp;wachtwoord</source>
            <translation>Database &amp;password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="157" />
            <source>Dit is geen geldig database-adres.</source>
            <translation>This is not a valid database address.</translation>
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1193" />
            <source>Levering aan CBS (DDAS)</source>
            <translation>Delivery to CBS (DDAS)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1195" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation>The signals, cases and contact attempts of a period in the national exchange model (DDAS 1.2), checked against the schema before the file is written. Deliver the file through the usual channel.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1213" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation>e.g. 0392 (Haarlem)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1216" />
            <source>optioneel</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1217" />
            <source>Meldingen van</source>
            <translation>Signals from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1218" />
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1219" />
            <source>Gemeentecode</source>
            <translation>Municipality code</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1220" />
            <source>Leverancierscode</source>
            <translation>Supplier code</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1222" />
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1237" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation>Enter the municipality code (four digits).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1242" />
            <source>DDAS-levering opslaan</source>
            <translation>Save DDAS delivery</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1242" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1249" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation>Building and checking…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1273" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation>Saved to {0}: {1} signals, {2} cases, {3} contact attempts ({4} conversations).</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1026" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1028" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation>The text agents see beside the case. Formatting with Markdown: # heading, **bold**, - list. On the right you see how it looks.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1042" />
            <source>Standaardtekst terugzetten</source>
            <translation>Restore the default text</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1044" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1057" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation>The conversation guide has been saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1065" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation>The default text is back in place.</translation>
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="106" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation>Handoffs to the budget coaches</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="110" />
            <source>Alleen mijn zaken</source>
            <translation>Only my cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="111" />
            <source>Ook afgesloten</source>
            <translation>Include closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="112" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="190" />
            <location filename="../../ui/tabs/handoff.py" line="191" />
            <source>Spoed</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="196" />
            <source>Bewoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="197" />
            <source>(gegevens verwijderd)</source>
            <translation>(data purged)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="202" />
            <source>Overdracht</source>
            <translation>Handed off</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="208" />
            <source>Lokaal</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="213" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation>First conversation within the municipality's own target</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="216" />
            <source>Wettelijk</source>
            <translation>Legal</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="222" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation>Wgs art. 4: within 3 working days when threatened, otherwise within 4 weeks</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="235" />
            <source>verlopen</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="236" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="237" />
            <source>gehaald</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="238" />
            <source>te laat</source>
            <translation>late</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="245" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="247" />
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="249" />
            <source>ik</source>
            <translation>me</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="258" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation>Choose a handoff on the left to see the resident's details.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="281" />
            <source>Achterstanden per schuldeiser</source>
            <translation>Arrears per creditor</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="285" />
            <source>Hulpvraag en notities van de beller</source>
            <translation>Help request and the agent's notes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="290" />
            <source>Contact door de budgetcoach</source>
            <translation>Contact by the budget coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="302" />
            <source>In &amp;behandeling nemen</source>
            <translation>&amp;Take this case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="304" />
            <source>&amp;Teruggeven</source>
            <translation>&amp;Give back</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="312" />
            <source>Contactpoging vastleggen</source>
            <translation>Record a contact attempt</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="314" />
            <source>Bewoner gesproken</source>
            <translation>Spoke to the resident</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="315" />
            <source>Niet bereikt</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="326" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation>Short note (no BSN or medical details)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="330" />
            <source>Contact &amp;vastleggen</source>
            <translation>&amp;Record contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="337" />
            <source>Geboden hulp</source>
            <translation>Help offered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="345" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation>&amp;Save help offered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="352" />
            <source>Afsluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="357" />
            <source>&amp;Afsluiten…</source>
            <translation>&amp;Close…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="375" />
            <source>Hulp geboden</source>
            <translation>Help delivered</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="376" />
            <source>Bewoner wil toch geen hulp</source>
            <translation>Resident declined help after all</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="377" />
            <source>Geen hulp nodig</source>
            <translation>No help needed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="378" />
            <source>Al in schuldhulptraject</source>
            <translation>Already in debt counselling</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="379" />
            <source>Bewoner niet bereikt</source>
            <translation>Resident not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="380" />
            <source>Ingetrokken</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="415" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation>{0} open, of which {1} urgent and {2} without a coach yet.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="419" />
            <source>{0} over de wettelijke termijn.</source>
            <translation>{0} past the legal deadline.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="478" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation>(personal data purged)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="479" />
            <source>  · SPOED</source>
            <translation>  · URGENT</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="482" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation>Local target: {0} · legal deadline: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="495" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="498" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="500" />
            <source>Geboren</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="505" />
            <source>Ook genoemd</source>
            <translation>Also named</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="506" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="200" />
            <location filename="../../ui/tabs/handoff.py" line="507" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="509" />
            <source> (onjuist)</source>
            <translation> (wrong)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="512" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="514" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="226" />
            <location filename="../../ui/tabs/handoff.py" line="517" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="549" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="560" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Help requested:&lt;/b&gt; {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="565" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Request:&lt;/b&gt; {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>gesproken</source>
            <translation>spoke</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>niet bereikt</source>
            <translation>not reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="584" />
            <source>Nog geen contactpogingen.</source>
            <translation>No contact attempts yet.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="628" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation>You have taken this handoff.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="629" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation>The handoff has been given back to all budget coaches.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="630" />
            <source>Het contact is vastgelegd.</source>
            <translation>The contact has been recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="631" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation>The help offered has been saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="632" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation>The handoff and the case have been closed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="689" />
            <source>Overdracht afsluiten</source>
            <translation>Close handoff</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="691" />
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
            <location filename="../../ui/labels.py" line="47" />
            <source>Betalingsregeling</source>
            <translation>Payment arrangement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation>Advice on money matters (by phone)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation>Tailored budget support (BooM)</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Schuldhulpverlening</source>
            <translation>Debt counselling</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Luisterend oor</source>
            <translation>A listening ear</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="265" />
            <source>Signalen inlezen</source>
            <translation>Import signals</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="267" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation>Import a signal file from the creditors (CSV or Excel). Good rows are imported; rows with an error are listed below with their line number and reason. Save them, correct them and import the file again: what is already known is skipped.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="276" />
            <source>Kies een bestand…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="278" />
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="280" />
            <source>&amp;Inlezen</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="301" />
            <source>Regel</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="302" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="304" />
            <source>Inhoud van de regel</source>
            <translation>Content of the line</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="312" />
            <source>AFGEWEZEN REGELS</source>
            <translation>REJECTED ROWS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="321" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation>&amp;Save rejected rows as CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="334" />
            <source>Signaalbestand kiezen</source>
            <translation>Choose a signal file</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="336" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation>Signal files (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="343" />
            <source>Kies eerst een bestand.</source>
            <translation>Choose a file first.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="350" />
            <source>Bezig met inlezen van {0}…</source>
            <translation>Importing {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="374" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; rows read: &lt;b&gt;{1}&lt;/b&gt; imported ({2} new cases, {3} added to an open case), {4} already known, &lt;b&gt;{5}&lt;/b&gt; rejected.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="392" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation>{0} row(s) rejected. Save them as CSV, correct them and import them again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="397" />
            <source>Alle regels zijn ingelezen.</source>
            <translation>All rows have been imported.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="407" />
            <source>Afgewezen regels opslaan</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="409" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="418" />
            <source>Opgeslagen: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/login.py" line="398" />
            <source>Scherm vergrendeld</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="400" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation>The screen was locked because nothing happened for a while. Enter your password to continue as {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="414" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="415" />
            <source>&amp;Ontgrendelen</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="419" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="195" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation>Log in with your own user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="197" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation>DEMO — practice environment with made-up data.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="198" />
            <source>Aanmelden bij Vroegbel</source>
            <translation>Log in to Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="215" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="219" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="221" />
            <source>&amp;Aanmelden</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="226" />
            <source>&amp;Database…</source>
            <translation>&amp;Database…</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="234" />
            <source>Af&amp;sluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="251" />
            <source>Bezig met aanmelden…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="257" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="304" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation>You must choose your own password first.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="67" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation>DEMO — practice environment with made-up data. None of this is real and nothing is sent to the municipality.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="91" />
            <source>Vroegbel — vroegsignalering</source>
            <translation>Vroegbel — early detection of debts</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>DEMO — {0}</source>
            <translation>DEMO — {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="103" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation>This part could not be loaded.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="109" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation>There is no work screen for your role in this version.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Welkom</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>&amp;Vroegbel</source>
            <translation>&amp;Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;Bewaarde uitkomsten…</source>
            <translation>&amp;Kept outcomes…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Scherm &amp;vergrendelen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>A&amp;fsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="148" />
            <source>&amp;Over Vroegbel</source>
            <translation>&amp;About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>● Database niet bereikbaar</source>
            <translation>● Database unreachable</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>● {0} verbonden</source>
            <translation>● {0} connected</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="208" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n outcome waiting to be sent</numerusform>
                <numerusform>%n outcomes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="210" />
            <source>%n geweigerd (menu Vroegbel)</source>
            <translation>
                <numerusform>%n refused (menu Vroegbel)</numerusform>
                <numerusform>%n refused (menu Vroegbel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>Alles verzonden</source>
            <translation>Everything sent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>Over Vroegbel</source>
            <translation>About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Calling for the early detection of debts: reaching residents with payment arrears in person and, if they wish, referring them to a budget coach of the municipality.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../ui/labels.py" line="137" />
            <source>vandaag om {0}</source>
            <translation>today at {0}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="139" />
            <source>morgen om {0}</source>
            <translation>tomorrow at {0}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="140" />
            <source>{0} {1} om {2}</source>
            <translation>{0} {1} at {2}</translation>
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="209" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation>Next call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="212" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation>Call the next resident (F5 or Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="259" />
            <location filename="../../ui/tabs/next_call.py" line="530" />
            <location filename="../../ui/tabs/next_call.py" line="1009" />
            <source>Klaar voor het volgende gesprek</source>
            <translation>Ready for the next call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="265" />
            <location filename="../../ui/tabs/next_call.py" line="1010" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="288" />
            <source>Eerdere pogingen</source>
            <translation>Earlier attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="341" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="352" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="354" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="356" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="358" />
            <source>Totale achterstand</source>
            <translation>Total arrears</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="361" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="385" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation>&amp;Notes on this call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="392" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation>What was discussed? No medical or other sensitive details.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="405" />
            <source>Uitkomst van dit gesprek</source>
            <translation>Outcome of this call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="408" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation>Ctrl+1 … Ctrl+9 · give back Ctrl+W</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="423" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="432" />
            <source>Teruggeven zonder uitkomst</source>
            <translation>Give back without outcome</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="437" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation>The case goes back to the queue, without a call attempt (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="448" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="532" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>The calling window is open until {0}. Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="540" />
            <source>Buiten de beltijden</source>
            <translation>Outside calling hours</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="544" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation>No calling windows are set; ask the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="545" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation>The next calling window opens {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="551" />
            <source>Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep zo opnieuw.</source>
            <translation>Check the network connection or ask the administrator for help. Kept outcomes are sent by themselves as soon as the connection is back; try Next call again shortly.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="558" />
            <location filename="../../ui/tabs/next_call.py" line="608" />
            <source>Database niet bereikbaar</source>
            <translation>Database unreachable</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="566" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation>Finding the next resident…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="577" />
            <source>Er staat nu niemand klaar</source>
            <translation>Nobody is waiting right now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="579" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation>There is no resident to call in this calling window right now. Try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="603" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation>The database is unreachable, so no new resident can be fetched now. Recorded outcomes are kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="616" />
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="619" />
            <source>Ook op dit adres: {0}</source>
            <translation>Also at this address: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="625" />
            <source>Terugbelafspraak {0}</source>
            <translation>Callback appointment {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="627" />
            <source>Terugbelafspraak</source>
            <translation>Callback appointment</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="630" />
            <source>Al bij u in behandeling</source>
            <translation>Already in your hands</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="633" />
            <source>Geplande poging · {0}</source>
            <translation>Planned attempt · {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="636" />
            <location filename="../../ui/tabs/next_call.py" line="637" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="643" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation>{0} of at most {1} attempts used</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="654" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation>Earlier request for help ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="678" />
            <source>Het nummer dat u belt</source>
            <translation>The number you are calling</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="682" />
            <source>onjuist</source>
            <translation>wrong</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="686" />
            <source>Bellen</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="688" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation>Call with this workstation's phone (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="690" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="692" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation>Copy number (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="703" />
            <source>geen telefoonnummer bekend</source>
            <translation>no phone number known</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="705" />
            <source>Nummer toevoegen…</source>
            <translation>Add number…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="707" />
            <source>Een ander nummer dat de bewoner u geeft</source>
            <translation>Another number the resident gives you</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="720" />
            <source>Nummer toevoegen</source>
            <translation>Add number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="721" />
            <source>Telefoonnummer (bijvoorbeeld 06 12345678):</source>
            <translation>Phone number (for example 06 12345678):</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="741" />
            <source>Nummer toegevoegd.</source>
            <translation>Number added.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="760" />
            <source>Nummer gekopieerd</source>
            <translation>Number copied</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="780" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation>Reserved for you: {0}:{1:02d} left</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="818" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation>The database is unreachable for a moment. You can finish the call; the outcome is kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="827" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation>This case is no longer reserved for you: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="841" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation>First choose which number is wrong.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="906" />
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="924" />
            <source>{0} op {1}</source>
            <translation>{0} on {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="926" />
            <source>{0}; de budgetcoaches nemen het over</source>
            <translation>{0}; the budget coaches take it from here</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="931" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation>Saved: {0}. Press Next call (F5) for the next resident.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="946" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation>The database is unreachable. The outcome ({0}) is kept on this computer and will be sent as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="954" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation>The outcome ({0}) was not saved: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="970" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation>Not saved: {0} Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="980" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation>The case was given back to the queue.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="993" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation>The case could not be given back because the database is unreachable; it returns to the queue by itself when the reservation expires.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1023" />
            <source>Zaak nog open</source>
            <translation>Case still open</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1025" />
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
            <location filename="../../ui/outbox_dialog.py" line="87" />
            <location filename="../../ui/outbox_dialog.py" line="91" />
            <source>Bewaarde uitkomsten</source>
            <translation>Kept outcomes</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="96" />
            <source>Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.</source>
            <translation>Outcomes that are not in the shared database yet. Waiting outcomes are sent by themselves; a refused outcome stays here until you try it again or remove it.</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="118" />
            <source>&amp;Opnieuw proberen</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="119" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="172" />
            <source>Uitkomst verwijderen</source>
            <translation>Remove outcome</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="174" />
            <source>De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?</source>
            <translation>The outcome '{0}' of case {1} will not be saved any more. Remove it?</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="51" />
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="52" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="54" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="58" />
            <source>Gesprek</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="62" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="42" />
            <source>geweigerd</source>
            <translation>refused</translation>
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="43" />
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
    </context>
    <context>
        <name>QueueMonitorTab</name>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="151" />
            <source>Live wachtrij</source>
            <extracomment>the live figures were shown (LiveFigures) a release or reassign finished ("release" / "reassign")</extracomment>
            <translation>Live queue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="153" />
            <source>Cijfers per periode</source>
            <translation>Figures per period</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="166" />
            <location filename="../../ui/tabs/queue_monitor.py" line="203" />
            <source>Nu te bellen</source>
            <translation>Due now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="167" />
            <source>Vandaag gepland</source>
            <translation>Planned today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="168" />
            <source>Terugbellen vandaag</source>
            <translation>Callbacks today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="169" />
            <source>Venster gemist</source>
            <translation>Window missed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="170" />
            <location filename="../../ui/tabs/queue_monitor.py" line="204" />
            <source>Bij een beller</source>
            <translation>With an agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="171" />
            <source>Zonder nummer</source>
            <translation>No number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="172" />
            <source>Coach te laat</source>
            <translation>Coach overdue</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="196" />
            <source>Open zaken</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="202" />
            <source>Alle open zaken</source>
            <translation>All open cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="205" />
            <source>Belvenster verstreken</source>
            <translation>Window passed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="206" />
            <source>Zonder telefoonnummer</source>
            <translation>Without a phone number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="210" />
            <source>Alle wijken</source>
            <translation>All neighbourhoods</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="249" />
            <location filename="../../ui/tabs/queue_monitor.py" line="301" />
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="250" />
            <location filename="../../ui/tabs/queue_monitor.py" line="302" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="251" />
            <location filename="../../ui/tabs/queue_monitor.py" line="287" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="252" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="253" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="259" />
            <source>Zaken bij een beller</source>
            <translation>Cases held by an agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="263" />
            <source>Kies een zaak.</source>
            <translation>Choose a case.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="265" />
            <source>&amp;Vrijgeven</source>
            <translation>&amp;Release</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="267" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation>Put the case back in the queue (the agent can no longer save on it)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="271" />
            <source>&amp;Toewijzen</source>
            <translation>&amp;Assign</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="272" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation>Give the case to the chosen agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="278" />
            <source>Toewijzen aan</source>
            <translation>Assign to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="288" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="289" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="291" />
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="293" />
            <source>Laatste</source>
            <translation>Last</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="298" />
            <source>Bellers vandaag</source>
            <translation>Agents today</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="304" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="306" />
            <source>wettelijk {0}</source>
            <translation>legal {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="308" />
            <source>lokaal {0}</source>
            <translation>local {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="314" />
            <source>Spoed</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="314" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="320" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation>Handoffs without a conversation past the deadline</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="401" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="409" />
            <source>{0} nu aan de beurt</source>
            <translation>{0} due now</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="414" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation>passed without an attempt; {0} missed before</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="418" />
            <source>{0} open zaken in totaal</source>
            <translation>{0} open cases in all</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="420" />
            <source>zonder geldig nummer</source>
            <translation>without a valid number</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="423" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation>{0} past the legal deadline; {1} open</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="432" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation>Updated at {0}; refreshes itself as soon as something changes.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="442" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation>{0} of {1} cases loaded (more as you scroll)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="446" />
            <source>{0} zaken</source>
            <translation>{0} cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="480" />
            <source>Zaak {0} (bij {1})</source>
            <translation>Case {0} (with {1})</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="482" />
            <source>Zaak {0}</source>
            <translation>Case {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="528" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation>Case {0} has been released and is back in the queue.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="530" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation>Case {0} was not held by anyone.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="533" />
            <source>Zaak {0} is toegewezen aan {1}.</source>
            <translation>Case {0} has been assigned to {1}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="121" />
            <source>Meldingen &amp;van</source>
            <translation>Signals &amp;from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="123" />
            <source>&amp;tot en met</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="125" />
            <source>Cijfers &amp;tonen</source>
            <translation>&amp;Show figures</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="134" />
            <source>Exporteren:</source>
            <translation>Export:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="138" />
            <source>Het rapport van deze periode opslaan als {0}</source>
            <translation>Save this period's report as {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="148" />
            <source>Kies een periode en druk op ‘Cijfers tonen’.</source>
            <translation>Choose a period and press ‘Show figures’.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="159" />
            <source>Bereik en hulpacceptatie per wijk</source>
            <translation>Reach and help acceptance per neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="187" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="188" />
            <source>Zaken</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="189" />
            <source>Bereikt</source>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="191" />
            <source>Bereik</source>
            <translation>Reach</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="193" />
            <source>Hulp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="195" />
            <source>Acceptatie</source>
            <translation>Acceptance</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="206" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="208" />
            <source>Belpogingen</source>
            <translation>Call attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="209" />
            <location filename="../../ui/tabs/report_panel.py" line="223" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="211" />
            <source>Contact per poging</source>
            <translation>Contact per attempt</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="221" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="222" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="224" />
            <source>Hulpvragen</source>
            <translation>Help requests</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="226" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="236" />
            <source>Per wijk</source>
            <translation>Per neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="237" />
            <source>Contact per tijdvak</source>
            <translation>Contact per slot</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="238" />
            <source>Per beller</source>
            <translation>Per agent</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="257" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation>Budget coaches: time to first conversation</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="305" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation>{0}: {1} signals, {2} residents reached ({3}), {4} accepted help ({5} of those reached). {6} call attempts, {7} conversations.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="325" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation>{0} handoffs; {1} spoken to, {2} still waiting. Median {3} working days (mean {4}). Within the local target: {5}; within the legal deadline: {6}.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="339" />
            <source>Geen overdrachten in deze periode.</source>
            <translation>No handoffs in this period.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="351" />
            <source>Bereik (% van de meldingen)</source>
            <translation>Reach (% of signals)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="352" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation>Help acceptance (% of those reached)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="388" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="389" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="390" />
            <source>PDF-document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="393" />
            <source>Rapport opslaan</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="401" />
            <source>De cijfers worden berekend…</source>
            <translation>Computing the figures…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="401" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="403" />
            <source>Rapport exporteren</source>
            <translation>Export report</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="425" />
            <source>Het bestand wordt geschreven…</source>
            <translation>Writing the file…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="440" />
            <source>De export wordt vastgelegd…</source>
            <translation>Recording the export…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="481" />
            <source>Rapport opgeslagen: {0}</source>
            <translation>Report saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="838" />
            <source>Bewaartermijnen</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="840" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation>Personal data is removed after the retention period; the anonymous figures stay. A case closed without help is purged after the first period; a handed-off case only once the budget coach has closed it, plus the second period. Open cases always stay. The purge runs by itself every night.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="858" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation>Closed without help: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="859" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation>After the coach closed it: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="860" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation>Lock the screen after (minutes idle)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="862" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="866" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation>&amp;Dry run: what would be purged now?</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="896" />
            <source>Er is niets gewijzigd.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="903" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation>{0} setting(s) saved.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="908" />
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
            <location filename="../../ui/tabs/admin.py" line="624" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation>Calling windows, attempts and closed days</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="626" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation>When calls are made and how often. There are never calls on Sundays and Dutch public holidays; add extra closed days (e.g. 5 May or 24 December) below. Changes apply to every workstation.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="643" />
            <source>BELVENSTERS</source>
            <translation>CALLING WINDOWS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="650" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="651" />
            <source>tot</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="677" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation>ATTEMPTS AND DEADLINES</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="699" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation>EXTRA CLOSED DAYS</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="705" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="708" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="721" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation>Reason, e.g. Liberation Day</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="722" />
            <source>&amp;Toevoegen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="723" />
            <source>Ve&amp;rwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="733" />
            <source>Instellingen &amp;opslaan</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="736" />
            <source>Wijzigingen ongedaan maken</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="742" />
            <source>Maximaal aantal belpogingen</source>
            <translation>Maximum number of call attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="743" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation>Minimum number of evening attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="744" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation>Minimum number of Saturday attempts</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="745" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation>All attempts within (calendar days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="746" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation>A case stays reserved (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="747" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation>Callback reserved for its agent (minutes)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="748" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation>Local target for the coach's first conversation (working days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="749" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation>Legal deadline when threatened (working days)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="750" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation>Legal deadline otherwise (weeks)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="751" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation>Closed without help: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="752" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation>After the coach closed it: keep (months)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="753" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation>Lock the screen after (minutes idle)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="802" />
            <source>Er is niets gewijzigd.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="809" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation>{0} setting(s) saved.</translation>
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../ui/labels.py" line="78" />
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
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
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="435" />
            <source>Gebruikers en rollen</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="437" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation>Everyone logs in with their own account. A new or reset account gets a temporary password that the user replaces at the first login. Hand the temporary password over in person.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="446" />
            <source>verwijderd</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="448" />
            <source>geblokkeerd</source>
            <translation>locked</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="450" />
            <source>moet wachtwoord kiezen</source>
            <translation>must choose a password</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="451" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="459" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="464" />
            <source>Laatst aangemeld</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="473" />
            <source>&amp;Blokkeren</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="474" />
            <source>&amp;Deblokkeren</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="475" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="485" />
            <source>NIEUW ACCOUNT</source>
            <translation>NEW ACCOUNT</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="489" />
            <source>bijv. jdevries</source>
            <translation>e.g. jdevries</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="491" />
            <source>bijv. Jan de Vries</source>
            <translation>e.g. Jan de Vries</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="495" />
            <source>Account &amp;aanmaken</source>
            <translation>&amp;Create account</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="455" />
            <location filename="../../ui/tabs/admin.py" line="500" />
            <source>Gebruikersnaam</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="456" />
            <location filename="../../ui/tabs/admin.py" line="501" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="457" />
            <location filename="../../ui/tabs/admin.py" line="502" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="549" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation>{0} has been locked.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="557" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation>{0} can log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="576" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation>Temporary password for {0}: {1} — hand it over in person; it is not shown again.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="584" />
            <source>Vul een gebruikersnaam in.</source>
            <translation>Enter a user name.</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../ui/labels.py" line="112" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="113" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="114" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="115" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="116" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="117" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="118" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="924" />
            <source>Wijkindeling</source>
            <translation>Neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="926" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation>Which postcode belongs to which neighbourhood, as the municipality reports on them. A postcode area (2031) or a full postcode (2031AB); the longest match counts. A postcode without a neighbourhood goes to ‘Onbekend’ (unknown).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="933" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="933" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="943" />
            <source>Regel &amp;toevoegen</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="944" />
            <source>Regel ve&amp;rwijderen</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="945" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation>&amp;Import from CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="946" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="967" />
            <source>{0} regels</source>
            <translation>{0} rows</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="992" />
            <source>Wijkindeling inlezen</source>
            <translation>Import neighbourhood mapping</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="992" />
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1000" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation>The file cannot be read: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1007" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation>{0} rows read; check them and press Save.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1017" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation>Neighbourhood mapping saved ({0} rows).</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="59" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>The database is unreachable. Check the network connection or ask the administrator for help.</translation>
        </message>
        <message>
            <location filename="../../ui/worker.py" line="66" />
            <source>Er ging iets onverwachts mis ({0}). Probeer het opnieuw.</source>
            <translation>Something unexpected went wrong ({0}). Please try again.</translation>
        </message>
    </context>
</TS>
