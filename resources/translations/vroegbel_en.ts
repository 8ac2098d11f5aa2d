<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name />
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="292" />
            <source>Regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="293" />
            <location filename="../../app/ui/tabs/admin.py" line="701" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="295" />
            <source>Inhoud van de regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="438" />
            <source>verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="440" />
            <source>geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="442" />
            <source>moet wachtwoord kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="443" />
            <source>actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="447" />
            <source>Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="448" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="449" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="451" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="456" />
            <source>Laatst aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="698" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1108" />
            <source>Tijdstip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1109" />
            <source>Gebruiker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1111" />
            <source>Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1115" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="250" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="298" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1116" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="192" />
            <location filename="../../app/ui/tabs/handoff.py" line="193" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="311" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="198" />
            <source>Bewoner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="199" />
            <source>(gegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="201" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="251" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="299" />
            <location filename="../../app/ui/tabs/report_panel.py" line="188" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="203" />
            <source>Overdracht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="209" />
            <source>Lokaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="217" />
            <source>Wettelijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="214" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="223" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="227" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="310" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="232" />
            <source>Hulpvraag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="252" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="286" />
            <location filename="../../app/ui/tabs/report_panel.py" line="218" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="253" />
            <source>Sinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="254" />
            <source>Tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="287" />
            <location filename="../../app/ui/tabs/report_panel.py" line="219" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="288" />
            <location filename="../../app/ui/tabs/report_panel.py" line="206" />
            <location filename="../../app/ui/tabs/report_panel.py" line="220" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="289" />
            <location filename="../../app/ui/tabs/report_panel.py" line="221" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="290" />
            <source>Laatste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="301" />
            <source>Termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="303" />
            <source>wettelijk {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="305" />
            <source>lokaal {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="310" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="311" />
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="189" />
            <source>Zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="190" />
            <source>Bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="191" />
            <source>Bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="192" />
            <source>Hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="194" />
            <source>Acceptatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="204" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="205" />
            <source>Belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="208" />
            <source>Contact per poging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="223" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1318" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1319" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1320" />
            <source>Belvensters en pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1321" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1322" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1323" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1324" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1325" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../app/ui/app.py" line="123" />
            <source>Demodatabase</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>Demo database</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="129" />
            <location filename="../../app/ui/app.py" line="132" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="131" />
            <source>Lokale database</source>
            <translation>Local database</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="182" />
            <source>De demodatabase wordt bij de eerste keer aangemaakt.</source>
            <translation>The demo database is created the first time.</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="277" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="278" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation>The new language applies from the next time you log in.</translation>
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="58" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="59" />
            <source>Tijdvak</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="60" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="61" />
            <source>Beller</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="62" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1071" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1073" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1081" />
            <source>Gebruiker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1083" />
            <source>Zaaknummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1086" />
            <source>Alle soorten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1094" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1099" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1101" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1125" />
            <source>◀ &amp;Vorige</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1126" />
            <source>V&amp;olgende ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1158" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1172" />
            <source>{0}–{1} van {2} gebeurtenissen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallbackDialog</name>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="183" />
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="192" />
            <source>Terugbelafspraak maken</source>
            <translation>Make a callback appointment</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="197" />
            <source>Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen zijn gesloten (zondag, feestdag of sluitingsdag). U krijgt de afspraak tot 15 minuten na het tijdstip zelf; daarna mag een collega bellen.</source>
            <translation>Choose a day and time within calling hours together with the resident. Grey days are closed (Sunday, public holiday or closing day). The appointment is yours until 15 minutes after the time; after that a colleague may call.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="218" />
            <source>&amp;Tijd</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="236" />
            <source>Afspraak &amp;opslaan</source>
            <translation>&amp;Save appointment</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="279" />
            <source>Op deze dag wordt niet gebeld</source>
            <translation>No calls on this day</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="302" />
            <source>Geen beltijden op deze dag</source>
            <translation>No calling hours on this day</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="328" />
            <source>Kies een dag met beltijden.</source>
            <translation>Choose a day with calling hours.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="330" />
            <source>Terugbellen op {0}.</source>
            <translation>Call back on {0}.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="325" />
            <source>Kies een eigen wachtwoord</source>
            <translation>Choose your own password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="327" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation>You logged in with a temporary password. Now choose your own password of at least 12 characters that you do not use anywhere else.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="339" />
            <source>&amp;Huidig wachtwoord</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="343" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="347" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation>&amp;Repeat new password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="358" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../app/ui/labels.py" line="62" />
            <source>Huur</source>
            <translation>Rent</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="63" />
            <source>Energie</source>
            <translation>Energy</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="64" />
            <source>Drinkwater</source>
            <translation>Drinking water</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="65" />
            <source>Zorgverzekering</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="66" />
            <source>Overig</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="109" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="111" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation>The address of the team's shared database, for example postgresql+psycopg://name@server/vroegbel. Empty: the database on this computer. A password is not kept in the settings.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="121" />
            <source>Database-&amp;URL</source>
            <translation>Database &amp;URL</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="125" />
            <source>alleen voor een server die erom vraagt</source>
            <translation>only for a server that asks for one</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="126" />
            <source>Database-&amp;wachtwoord</source>
            <translation>Database &amp;password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="156" />
            <source>Dit is geen geldig database-adres.</source>
            <translation>This is not a valid database address.</translation>
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1189" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1191" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1209" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1212" />
            <source>optioneel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1213" />
            <source>Meldingen van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1214" />
            <source>tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1215" />
            <source>Gemeentecode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1216" />
            <source>Leverancierscode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1218" />
            <source>&amp;Exporteren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1233" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1238" />
            <source>DDAS-levering opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1238" />
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1245" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1269" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1018" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1020" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1034" />
            <source>Standaardtekst terugzetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1036" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1049" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1058" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="106" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="110" />
            <source>Alleen mijn zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="111" />
            <source>Ook afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="112" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="241" />
            <source>verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="242" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="243" />
            <source>gehaald</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="244" />
            <source>te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="251" />
            <source>afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="253" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="255" />
            <source>ik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="264" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="287" />
            <source>Achterstanden per schuldeiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="291" />
            <source>Hulpvraag en notities van de beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="296" />
            <source>Contact door de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="308" />
            <source>In &amp;behandeling nemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="310" />
            <source>&amp;Teruggeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="318" />
            <source>Contactpoging vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="320" />
            <source>Bewoner gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="321" />
            <source>Niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="332" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="336" />
            <source>Contact &amp;vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="343" />
            <source>Geboden hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="351" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="358" />
            <source>Afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="363" />
            <source>&amp;Afsluiten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="381" />
            <source>Hulp geboden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="382" />
            <source>Bewoner wil toch geen hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="383" />
            <source>Geen hulp nodig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="384" />
            <source>Al in schuldhulptraject</source>
            <translation>Already in debt counselling</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="385" />
            <source>Bewoner niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="386" />
            <source>Ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="421" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="425" />
            <source>{0} over de wettelijke termijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="484" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="485" />
            <source>  · SPOED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="488" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="500" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="503" />
            <source>BSN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="505" />
            <source>Geboren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="510" />
            <source>Ook genoemd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="511" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="512" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="514" />
            <source> (onjuist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="517" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="519" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="522" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="553" />
            <source>Totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="564" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="569" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="581" />
            <source>gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="581" />
            <source>niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="588" />
            <source>Nog geen contactpogingen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="632" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="633" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="634" />
            <source>Het contact is vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="635" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="636" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="693" />
            <source>Overdracht afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="695" />
            <source>Overdracht afsluiten als “{0}”? Daarmee wordt ook de zaak gesloten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpRequestDialog</name>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="42" />
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="47" />
            <source>Hulpvraag vastleggen</source>
            <extracomment>How far ahead a callback may be agreed (calendar days). The step between offered callback times (minutes).</extracomment>
            <translation>Record the request for help</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="52" />
            <source>De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt contact op; kies waar de bewoner hulp bij wil.</source>
            <translation>The resident accepts the offer of help. A budget coach of the municipality will get in touch; choose what the resident wants help with.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="61" />
            <source>Gewenste hulp (minstens één)</source>
            <translation>Help wanted (at least one)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="72" />
            <source>&amp;Urgent — er dreigt iets op korte termijn</source>
            <translation>&amp;Urgent — something is about to happen</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="77" />
            <source>Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, beëindiging van de zorgverzekering of een zitting bij de rechter. De coach spreekt de bewoner dan binnen 3 werkdagen, anders binnen 4 weken.</source>
            <translation>Urgent means: threatened eviction, disconnection of gas, electricity, heat or water, termination of the health insurance or a court hearing. The coach then speaks to the resident within 3 working days, otherwise within 4 weeks.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="87" />
            <source>&amp;Toelichting voor de budgetcoach</source>
            <translation>&amp;Note for the budget coach</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="93" />
            <source>Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.</source>
            <translation>For example: what is going on, when is the resident easy to reach.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="107" />
            <source>Hulpvraag &amp;opslaan</source>
            <translation>&amp;Save request for help</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="131" />
            <source>Kies minstens één soort hulp.</source>
            <translation>Choose at least one kind of help.</translation>
        </message>
    </context>
    <context>
        <name>HelpType</name>
        <message>
            <location filename="../../app/ui/labels.py" line="47" />
            <source>Betalingsregeling</source>
            <translation>Payment arrangement</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="48" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation>Advice on money matters (by phone)</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="49" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation>Tailored budget support (BooM)</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="50" />
            <source>Schuldhulpverlening</source>
            <translation>Debt counselling</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="51" />
            <source>Luisterend oor</source>
            <translation>A listening ear</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="52" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="255" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="257" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="266" />
            <source>Kies een bestand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="268" />
            <source>&amp;Bladeren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="270" />
            <source>&amp;Inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="303" />
            <source>AFGEWEZEN REGELS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="312" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="325" />
            <source>Signaalbestand kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="327" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="334" />
            <source>Kies eerst een bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="341" />
            <source>Bezig met inlezen van {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="365" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="383" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="388" />
            <source>Alle regels zijn ingelezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="398" />
            <source>Afgewezen regels opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="400" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="409" />
            <source>Opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="397" />
            <source>Scherm vergrendeld</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="399" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation>The screen was locked because nothing happened for a while. Enter your password to continue as {0}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="413" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="414" />
            <source>&amp;Ontgrendelen</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="418" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="194" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation>Log in with your own user name and password.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="196" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation>DEMO — practice environment with made-up data.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="197" />
            <source>Aanmelden bij Vroegbel</source>
            <translation>Log in to Vroegbel</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="214" />
            <source>&amp;Gebruikersnaam</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="218" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="220" />
            <source>&amp;Aanmelden</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="225" />
            <source>&amp;Database…</source>
            <translation>&amp;Database…</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="233" />
            <source>Af&amp;sluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="250" />
            <source>Bezig met aanmelden…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="256" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="303" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation>You must choose your own password first.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="67" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation>DEMO — practice environment with made-up data. None of this is real and nothing is sent to the municipality.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="91" />
            <source>Vroegbel — vroegsignalering</source>
            <translation>Vroegbel — early detection of debts</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="93" />
            <source>DEMO — {0}</source>
            <translation>DEMO — {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="103" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation>This part could not be loaded.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="109" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation>There is no work screen for your role in this version.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="111" />
            <source>Welkom</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="115" />
            <source>&amp;Vroegbel</source>
            <translation>&amp;Vroegbel</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="117" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="129" />
            <source>Scherm &amp;vergrendelen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="133" />
            <source>&amp;Afmelden</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="137" />
            <source>A&amp;fsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="142" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="143" />
            <source>&amp;Over Vroegbel</source>
            <translation>&amp;About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="157" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="188" />
            <source>● Database niet bereikbaar</source>
            <translation>● Database unreachable</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="191" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="192" />
            <source>● {0} verbonden</source>
            <translation>● {0} connected</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="198" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n outcome waiting to be sent</numerusform>
                <numerusform>%n outcomes waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="202" />
            <source>Alles verzonden</source>
            <translation>Everything sent</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="243" />
            <source>Over Vroegbel</source>
            <translation>About Vroegbel</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="245" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Calling for the early detection of debts: reaching residents with payment arrears in person and, if they wish, referring them to a budget coach of the municipality.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../app/ui/labels.py" line="137" />
            <source>vandaag om {0}</source>
            <translation>today at {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="139" />
            <source>morgen om {0}</source>
            <translation>tomorrow at {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="140" />
            <source>{0} {1} om {2}</source>
            <translation>{0} {1} at {2}</translation>
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="200" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation>Next call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="203" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation>Call the next resident (F5 or Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="250" />
            <location filename="../../app/ui/tabs/next_call.py" line="514" />
            <location filename="../../app/ui/tabs/next_call.py" line="934" />
            <source>Klaar voor het volgende gesprek</source>
            <translation>Ready for the next call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="256" />
            <location filename="../../app/ui/tabs/next_call.py" line="935" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="279" />
            <source>Eerdere pogingen</source>
            <translation>Earlier attempts</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="332" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="343" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="345" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="347" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="349" />
            <source>Totale achterstand</source>
            <translation>Total arrears</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="352" />
            <source>Pogingen</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="376" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation>&amp;Notes on this call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="383" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation>What was discussed? No medical or other sensitive details.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="396" />
            <source>Uitkomst van dit gesprek</source>
            <translation>Outcome of this call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="399" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation>Ctrl+1 … Ctrl+9 · give back Ctrl+W</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="414" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="423" />
            <source>Teruggeven zonder uitkomst</source>
            <translation>Give back without outcome</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="428" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation>The case goes back to the queue, without a call attempt (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="439" />
            <source>Gespreksleidraad</source>
            <translation>Conversation guide</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="516" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation>The calling window is open until {0}. Press Next call (F5) to call the next resident.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="524" />
            <source>Buiten de beltijden</source>
            <translation>Outside calling hours</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="528" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation>No calling windows are set; ask the administrator.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="529" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation>The next calling window opens {0}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="535" />
            <location filename="../../app/ui/tabs/next_call.py" line="585" />
            <source>Database niet bereikbaar</source>
            <translation>Database unreachable</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="543" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation>Finding the next resident…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="554" />
            <source>Er staat nu niemand klaar</source>
            <translation>Nobody is waiting right now</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="556" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation>There is no resident to call in this calling window right now. Try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="580" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation>The database is unreachable, so no new resident can be fetched now. Recorded outcomes are kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="593" />
            <source>(naam onbekend)</source>
            <translation>(name unknown)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="596" />
            <source>Ook op dit adres: {0}</source>
            <translation>Also at this address: {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="602" />
            <source>Terugbelafspraak {0}</source>
            <translation>Callback appointment {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="604" />
            <source>Terugbelafspraak</source>
            <translation>Callback appointment</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="607" />
            <source>Al bij u in behandeling</source>
            <translation>Already in your hands</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="610" />
            <source>Geplande poging · {0}</source>
            <translation>Planned attempt · {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="613" />
            <location filename="../../app/ui/tabs/next_call.py" line="614" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="620" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation>{0} of at most {1} attempts used</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="631" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation>Earlier request for help ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="655" />
            <source>Het nummer dat u belt</source>
            <translation>The number you are calling</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="659" />
            <source>onjuist</source>
            <translation>wrong</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="663" />
            <source>Bellen</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="665" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation>Call with this workstation's phone (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="667" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="669" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation>Copy number (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="680" />
            <source>geen telefoonnummer bekend</source>
            <translation>no phone number known</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="700" />
            <source>Nummer gekopieerd</source>
            <translation>Number copied</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="720" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation>Reserved for you: {0}:{1:02d} left</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="750" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation>The database is unreachable for a moment. You can finish the call; the outcome is kept on this computer.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="759" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation>This case is no longer reserved for you: {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="773" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation>First choose which number is wrong.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="838" />
            <source>Bezig met opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="856" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation>Saved: {0}. Press Next call (F5) for the next resident.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="871" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation>The database is unreachable. The outcome ({0}) is kept on this computer and will be sent as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="879" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation>The outcome ({0}) was not saved: {1}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="895" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation>Not saved: {0} Please try again.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="905" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation>The case was given back to the queue.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="918" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation>The case could not be given back because the database is unreachable; it returns to the queue by itself when the reservation expires.</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="948" />
            <source>Zaak nog open</source>
            <translation>Case still open</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="950" />
            <source>U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan de wachtrij?</source>
            <translation>A resident is still on your screen without an outcome. Give the case back to the queue?</translation>
        </message>
    </context>
    <context>
        <name>OutboxSync</name>
        <message numerus="yes">
            <location filename="../../app/ui/outbox_sync.py" line="133" />
            <source>%n bewaarde uitkomst(en) alsnog opgeslagen.</source>
            <extracomment>(written, pending, reachable) after each flush</extracomment>
            <translation>
                <numerusform>%n kept outcome saved after all.</numerusform>
                <numerusform>%n kept outcomes saved after all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/outbox_sync.py" line="137" />
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
            <location filename="../../app/ui/labels.py" line="29" />
            <source>Geen gehoor</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="30" />
            <source>Voicemail</source>
            <translation>Voicemail</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="31" />
            <source>In gesprek</source>
            <translation>Busy</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="32" />
            <source>Onjuist nummer</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="33" />
            <source>Terugbelafspraak</source>
            <translation>Callback appointment</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="34" />
            <source>Bereikt, geen hulpvraag</source>
            <translation>Reached, no help needed</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="35" />
            <source>Bereikt, hulpaanbod geaccepteerd</source>
            <translation>Reached, help accepted</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="36" />
            <source>Bereikt, hulp afgewezen</source>
            <translation>Reached, help declined</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="37" />
            <source>Al in schuldhulptraject</source>
            <translation>Already in debt counselling</translation>
        </message>
    </context>
    <context>
        <name>QueueMonitorTab</name>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="151" />
            <source>Live wachtrij</source>
            <extracomment>the live figures were shown (LiveFigures) a release or reassign finished ("release" / "reassign")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="153" />
            <source>Cijfers per periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="166" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="203" />
            <source>Nu te bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="167" />
            <source>Vandaag gepland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="168" />
            <source>Terugbellen vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="169" />
            <source>Venster gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="170" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="204" />
            <source>Bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="171" />
            <source>Zonder nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="172" />
            <source>Coach te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="196" />
            <source>Open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="202" />
            <source>Alle open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="205" />
            <source>Belvenster verstreken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="206" />
            <source>Zonder telefoonnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="210" />
            <source>Alle wijken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="260" />
            <source>Zaken bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="264" />
            <source>Kies een zaak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="266" />
            <source>&amp;Vrijgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="268" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="272" />
            <source>&amp;Toewijzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="273" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="295" />
            <source>Bellers vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="317" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="392" />
            <source>geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="400" />
            <source>{0} nu aan de beurt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="405" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="409" />
            <source>{0} open zaken in totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="411" />
            <source>zonder geldig nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="414" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="423" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="433" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="437" />
            <source>{0} zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="471" />
            <source>Zaak {0} (bij {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="473" />
            <source>Zaak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="519" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="521" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="524" />
            <source>Zaak {0} is toegewezen aan {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="121" />
            <source>Meldingen &amp;van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="123" />
            <source>&amp;tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="125" />
            <source>Cijfers &amp;tonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="134" />
            <source>Exporteren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="138" />
            <source>Het rapport van deze periode opslaan als {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="148" />
            <source>Kies een periode en druk op ‘Cijfers tonen’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="159" />
            <source>Bereik en hulpacceptatie per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="231" />
            <source>Per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="232" />
            <source>Contact per tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="233" />
            <source>Per beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="252" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="300" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="320" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="334" />
            <source>Geen overdrachten in deze periode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="346" />
            <source>Bereik (% van de meldingen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="347" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="383" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="384" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="385" />
            <source>PDF-document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="388" />
            <source>Rapport opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="396" />
            <source>De cijfers worden berekend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="396" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="398" />
            <source>Rapport exporteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="420" />
            <source>Het bestand wordt geschreven…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="435" />
            <source>De export wordt vastgelegd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="476" />
            <source>Rapport opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="828" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="830" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="848" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="849" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="850" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="852" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="856" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="886" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="893" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="899" />
            <source>Bezig…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="34" />
            <source>beller</source>
            <translation>agent</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="35" />
            <source>budgetcoach</source>
            <translation>budget coach</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="36" />
            <source>teamleider</source>
            <translation>team lead</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="37" />
            <source>functioneel beheerder</source>
            <translation>administrator</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="616" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="618" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="635" />
            <source>BELVENSTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="642" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="643" />
            <source>tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="669" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="691" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="714" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="715" />
            <source>&amp;Toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="716" />
            <source>Ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="726" />
            <source>Instellingen &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="729" />
            <source>Wijzigingen ongedaan maken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="735" />
            <source>Maximaal aantal belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="736" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="737" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="738" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="739" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="740" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="741" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="742" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="743" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="744" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="745" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="746" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="795" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="802" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../app/ui/labels.py" line="78" />
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="79" />
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="80" />
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="81" />
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../app/ui/status.py" line="50" />
            <source>Belvenster open tot {0}</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>Calling window open until {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="53" />
            <source>Belvenster open</source>
            <translation>Calling window open</translation>
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="55" />
            <source>Buiten belvenster — volgende {0}</source>
            <translation>Outside calling hours — next {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="58" />
            <source>Geen belvenster gepland</source>
            <translation>No calling window planned</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="61" />
            <source>Volgende oproep</source>
            <translation>Next call</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="68" />
            <source>Overdrachten</source>
            <translation>Handoffs</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="75" />
            <source>Wachtrij en cijfers</source>
            <translation>Queue and figures</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="82" />
            <source>Beheer</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="426" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="428" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="465" />
            <source>&amp;Blokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="466" />
            <source>&amp;Deblokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="467" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="477" />
            <source>NIEUW ACCOUNT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="481" />
            <source>bijv. jdevries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="483" />
            <source>bijv. Jan de Vries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="487" />
            <source>Account &amp;aanmaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="492" />
            <source>Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="493" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="494" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="541" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="549" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="568" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="576" />
            <source>Vul een gebruikersnaam in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../app/ui/labels.py" line="112" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="113" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="114" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="115" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="116" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="117" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="118" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="915" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="917" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="924" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="924" />
            <source>Wijk</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="934" />
            <source>Regel &amp;toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="935" />
            <source>Regel ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="936" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="937" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="958" />
            <source>{0} regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="983" />
            <source>Wijkindeling inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="983" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="991" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="998" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1008" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../app/ui/worker.py" line="58" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation>The database is unreachable. Check the network connection or ask the administrator for help.</translation>
        </message>
        <message>
            <location filename="../../app/ui/worker.py" line="65" />
            <source>Er ging iets onverwachts mis ({0}). Probeer het opnieuw.</source>
            <translation>Something unexpected went wrong ({0}). Please try again.</translation>
        </message>
    </context>
</TS>
