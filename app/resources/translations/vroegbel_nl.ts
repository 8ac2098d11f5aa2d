<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1556" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1557" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1558" />
            <source>Belvensters en pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1559" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1560" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1561" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1562" />
            <source>Vervolg en brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1563" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1564" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1565" />
            <source>Gedeelde taken</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="74" />
            <source>Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord {4}.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="174" />
            <source>Demodatabase</source>
            <extracomment>What the main window needs after a login; imported while the person types the password.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="180" />
            <location filename="../../ui/app.py" line="183" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="182" />
            <source>Lokale database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="195" />
            <source>Vergrendeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="275" />
            <source>De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="283" />
            <source>De demodatabase is klaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="399" />
            <source>Uw account is gewijzigd; meld u opnieuw aan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="463" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="464" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="58" />
            <source>Wanneer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="59" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="60" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="61" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="62" />
            <source>Notitie</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="185" />
            <source>regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="186" />
            <source>ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="187" />
            <source>bij open zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="188" />
            <source>nieuwe zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="189" />
            <source>dubbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="190" />
            <source>afgewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="191" />
            <source>zonder telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="192" />
            <source>ongeldige nummers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="193" />
            <source>overgedragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="194" />
            <source>afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="195" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="196" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="197" />
            <source>zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="198" />
            <source>formaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="199" />
            <source>coach</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="118" />
            <source>Aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="119" />
            <source>Aanmelden mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="120" />
            <source>Account geblokkeerd na mislukte pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="123" />
            <source>Toegang geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="124" />
            <source>Wachtwoord gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="125" />
            <source>Wachtwoord wijzigen mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="128" />
            <source>Wachtwoord gereset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="129" />
            <source>Account aangemaakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="130" />
            <source>Account geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="131" />
            <source>Account gedeblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="132" />
            <source>Account verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="133" />
            <source>Naam gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="134" />
            <source>Rol gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="135" />
            <source>Zaak opgepakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="136" />
            <source>Zaak teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="137" />
            <source>Zaak vrijgegeven door teamleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="140" />
            <source>Reservering verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="141" />
            <source>Zaak toegewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="142" />
            <source>Uitkomst vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="143" />
            <source>Uitkomst geweigerd (zaak niet in behandeling)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="146" />
            <source>Zaak ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="147" />
            <source>Persoonsgegevens ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="148" />
            <source>Telefoonnummer toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="149" />
            <source>Overdracht in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="150" />
            <source>Overdracht teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="151" />
            <source>Contact budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="152" />
            <source>Geboden hulp vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="153" />
            <source>Overdracht afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="154" />
            <source>Cijfers bekeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="155" />
            <source>Rapport geëxporteerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="156" />
            <source>Belregels doorgerekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="157" />
            <source>DDAS-levering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="158" />
            <source>Signalen ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="159" />
            <source>Contacthistorie ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="160" />
            <source>Instelling gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="161" />
            <source>Gesloten dag toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="162" />
            <source>Gesloten dag verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="163" />
            <source>Wijkindeling vervangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="164" />
            <source>Bewaartermijn: opgeschoond</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1220" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1222" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1230" />
            <location filename="../../ui/tabs/admin.py" line="1257" />
            <source>Gebruiker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1232" />
            <source>Zaaknummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1235" />
            <source>Alle soorten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1243" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1248" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1250" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1256" />
            <source>Tijdstip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1259" />
            <source>Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1263" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1265" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1277" />
            <source>◀ &amp;Vorige</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1278" />
            <source>V&amp;olgende ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1310" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1324" />
            <source>{0}–{1} van {2} gebeurtenissen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallbackDialog</name>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="183" />
            <location filename="../../ui/tabs/next_call_dialogs.py" line="192" />
            <source>Terugbelafspraak maken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="197" />
            <source>Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen zijn gesloten (zondag, feestdag of sluitingsdag). U krijgt de afspraak tot 15 minuten na het tijdstip zelf; daarna mag een collega bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="218" />
            <source>&amp;Tijd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="236" />
            <source>Afspraak &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="279" />
            <source>Op deze dag wordt niet gebeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="302" />
            <source>Geen beltijden op deze dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="328" />
            <source>Kies een dag met beltijden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="330" />
            <source>Terugbellen op {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/login.py" line="381" />
            <source>Kies een eigen wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="383" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="395" />
            <source>&amp;Huidig wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="399" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="403" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="414" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Telefoon (uitgaand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Telefoon (inwoner belt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="53" />
            <source>Kaartje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>Huisbezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="55" />
            <source>SMS/WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="56" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Huur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="82" />
            <source>Energie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>Drinkwater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="84" />
            <source>Zorgverzekering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="85" />
            <source>Overig</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../ui/login.py" line="164" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="166" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="176" />
            <source>Database-&amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="180" />
            <source>alleen voor een server die erom vraagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="181" />
            <source>Database-&amp;wachtwoord</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1341" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1343" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1361" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1364" />
            <source>optioneel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1365" />
            <source>Meldingen van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1366" />
            <source>tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1367" />
            <source>Gemeentecode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1368" />
            <source>Leverancierscode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1370" />
            <source>&amp;Exporteren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1385" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1390" />
            <source>DDAS-levering opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1390" />
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1397" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1421" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="72" />
            <source>Niet thuis</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments. the visit results offered, in the wijkteam's words.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="73" />
            <source>Kaartje achtergelaten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="74" />
            <source>Verhuisd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="75" />
            <source>Weigert (hulp afgewezen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="76" />
            <source>Gesproken, geen hulpvraag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="77" />
            <source>Gesproken, al in schuldhulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="80" />
            <source>Gesproken, hulp geaccepteerd</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="123" />
            <source>Alle kanalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="127" />
            <location filename="../../ui/tabs/follow_up_panel.py" line="164" />
            <source>Kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="129" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="133" />
            <source>Brieven afdrukken…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="135" />
            <source>Kaartjes afdrukken…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="137" />
            <source>Bezoeklijst Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="139" />
            <source>Bezoeklijst PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="141" />
            <source>Bezoekresultaat…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="152" />
            <source>Bewoners die het belplan niet bereikte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="159" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="160" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="161" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="162" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="163" />
            <source>Kenmerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="166" />
            <source>Verstuurd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="170" />
            <source>Laatste bezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="207" />
            <source>{0} bewoners op de vervolglijst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="224" />
            <source>Opslaan als PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="224" />
            <location filename="../../ui/tabs/follow_up_panel.py" line="274" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="240" />
            <source>Er is niets meer te versturen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="245" />
            <source>Als verstuurd vastleggen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="247" />
            <source>{0} stuks staan in {1}. Zijn ze afgedrukt en gaan ze op de post? Dan worden ze als verstuurd vastgelegd (eenmaal per bewoner).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="252" />
            <source>Afgedrukt, niet als verstuurd vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="266" />
            <source>{0} als verstuurd vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="274" />
            <source>Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="276" />
            <source>Bezoeklijst opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="291" />
            <source>Bezoeklijst met {0} adressen opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="298" />
            <source>Kies eerst een bewoner in de lijst.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="325" />
            <source>Huisbezoek vastgelegd.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpSettingsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="889" />
            <source>Vervolg: brief, kaartje, huisbezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="891" />
            <source>Wat volgt op een belplan zonder contact, en de tekst van de brief en het kaartje. In een sjabloon staan velden tussen accolades: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="902" />
            <source>Brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="903" />
            <source>Kaartje door de bus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="904" />
            <source>Huisbezoek door het wijkteam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="905" />
            <source>Geen vervolg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="908" />
            <source>Vervolg na het belplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="911" />
            <source>Briefhoofd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="912" />
            <source>Telefoonnummer callcenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="913" />
            <source>Bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="920" />
            <source>Brief (Nederlands)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="921" />
            <source>Brief (Engels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="922" />
            <source>Kaartje (Nederlands)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="923" />
            <source>Kaartje (Engels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="926" />
            <source>Sjabloon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="935" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ForecastTab</name>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="50" />
            <source>Vanaf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="57" />
            <source>dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="62" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="80" />
            <source>{0} (±{1} te laat)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="86" />
            <source>{0} belpogingen missen dit venster en schuiven door; bij ongeveer {1} bewoners loopt het belplan daardoor over de termijn heen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="93" />
            <source>Dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="96" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="97" />
            <source>Gepland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="99" />
            <source>Terugbellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="102" />
            <source>Beluren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="107" />
            <source>Capaciteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="109" />
            <source>Tekort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="130" />
            <source>ROOSTER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="135" />
            <source>Eén dienst per regel: naam;dag;begin;eind. Dag is ma t/m za (elke week) of een datum (JJJJ-MM-DD, een uitzondering voor die dag); 'naam;datum;vrij' betekent vrij op die datum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="150" />
            <source>Rooster &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="154" />
            <source>BEZETTING VOOR EEN MAAND SIGNALEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="158" />
            <source>Nieuwe signalen per maand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="163" />
            <source>&amp;Bereken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="184" />
            <source>Bezig met berekenen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="216" />
            <source>Er is niets gepland in deze periode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="219" />
            <source>Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; bij ongeveer {1} bewoners loopt het belplan daardoor over de termijn heen. Zet meer bellers in op de rode tijdvakken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="226" />
            <source>Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; de belplannen blijven nog binnen de termijn. Zet meer bellers in op de rode tijdvakken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="233" />
            <source>Het rooster dekt alle geplande belpogingen en terugbelafspraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="253" />
            <source>Rooster opgeslagen: {0} regels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="268" />
            <source>Beluren per maand: nodig / volgens rooster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/forecast.py" line="275" />
            <source>Nog geen metingen: elke zaak krijgt zijn hele belplan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1170" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1172" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1186" />
            <source>Standaardtekst terugzetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1188" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1201" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1209" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="107" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="111" />
            <source>Alleen mijn zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="112" />
            <source>Ook afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="113" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="199" />
            <location filename="../../ui/tabs/handoff.py" line="200" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="205" />
            <source>Bewoner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="206" />
            <source>(gegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="211" />
            <source>Overdracht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="217" />
            <source>Lokaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="222" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="225" />
            <source>Wettelijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="231" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="244" />
            <source>verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="245" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="246" />
            <source>gehaald</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="247" />
            <source>te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="254" />
            <source>afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="256" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="258" />
            <source>ik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="267" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="290" />
            <source>Achterstanden per schuldeiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="294" />
            <source>Hulpvraag en notities van de beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="299" />
            <source>Contact door de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="314" />
            <source>In &amp;behandeling nemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="316" />
            <source>&amp;Teruggeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="333" />
            <source>Bewoner gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="334" />
            <source>Niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="345" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="349" />
            <source>Contact &amp;vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="376" />
            <source>Geboden hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="369" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="391" />
            <source>Afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="385" />
            <source>&amp;Afsluiten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="356" />
            <source>Contactpoging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="403" />
            <source>Hulp geboden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="404" />
            <source>Bewoner wil toch geen hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="405" />
            <source>Geen hulp nodig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="406" />
            <source>Al in schuldhulptraject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="407" />
            <source>Bewoner niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="408" />
            <source>Ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="443" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="447" />
            <source>{0} over de wettelijke termijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="506" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="507" />
            <source>  · SPOED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="510" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="523" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="526" />
            <source>BSN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="528" />
            <source>Geboren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="533" />
            <source>Ook genoemd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="534" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="209" />
            <location filename="../../ui/tabs/handoff.py" line="535" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="537" />
            <source> (onjuist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="540" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="542" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="235" />
            <location filename="../../ui/tabs/handoff.py" line="545" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>Totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="588" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="593" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="605" />
            <source>gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="605" />
            <source>niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="612" />
            <source>Nog geen contactpogingen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="656" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="657" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="658" />
            <source>Het contact is vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="659" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="660" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="717" />
            <source>Overdracht afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="719" />
            <source>Overdracht afsluiten als “{0}”? Daarmee wordt ook de zaak gesloten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpRequestDialog</name>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="42" />
            <location filename="../../ui/tabs/next_call_dialogs.py" line="47" />
            <source>Hulpvraag vastleggen</source>
            <extracomment>How far ahead a callback may be agreed (calendar days). The step between offered callback times (minutes).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="52" />
            <source>De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt contact op; kies waar de bewoner hulp bij wil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="61" />
            <source>Gewenste hulp (minstens één)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="72" />
            <source>&amp;Urgent — er dreigt iets op korte termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="77" />
            <source>Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, beëindiging van de zorgverzekering of een zitting bij de rechter. De coach spreekt de bewoner dan binnen 3 werkdagen, anders binnen 4 weken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="87" />
            <source>&amp;Toelichting voor de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="93" />
            <source>Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="107" />
            <source>Hulpvraag &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_dialogs.py" line="131" />
            <source>Kies minstens één soort hulp.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpType</name>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Betalingsregeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="67" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="68" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="69" />
            <source>Schuldhulpverlening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="70" />
            <source>Luisterend oor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="71" />
            <source>Anders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="317" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="319" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="328" />
            <source>Kies een bestand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="330" />
            <source>&amp;Bladeren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="332" />
            <source>&amp;Inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="353" />
            <source>Regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="354" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="356" />
            <source>Inhoud van de regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="364" />
            <source>AFGEWEZEN REGELS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="373" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="386" />
            <source>Signaalbestand kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="388" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="395" />
            <source>Kies eerst een bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="402" />
            <source>Bezig met inlezen van {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="426" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="444" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="449" />
            <source>Alle regels zijn ingelezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="459" />
            <source>Afgewezen regels opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="461" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="470" />
            <source>Opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InboundDialog</name>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="36" />
            <source>loopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="38" />
            <source>bij de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="40" />
            <source>afgesloten, niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="41" />
            <source>afgesloten na gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="52" />
            <location filename="../../ui/tabs/inbound_dialog.py" line="57" />
            <source>Inwoner belt terug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="62" />
            <source>Zoek de zaak op het nummer waarmee de bewoner belt, op achternaam met postcode en huisnummer, of op kenmerk of zaaknummer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="74" />
            <source>bijv. 06 12345678</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="75" />
            <source>&amp;Telefoonnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="78" />
            <source>&amp;Achternaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="81" />
            <source>bijv. 2031 AB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="82" />
            <source>&amp;Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="85" />
            <source>&amp;Huisnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="88" />
            <source>&amp;Kenmerk of zaaknummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="91" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="104" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="105" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="106" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="107" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="108" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="129" />
            <source>Zaak &amp;openen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="149" />
            <source>Zoeken…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="167" />
            <source>Geen zaak gevonden. Vraag naar een ander gegeven.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/inbound_dialog.py" line="171" />
            <source>Meer dan {0} zaken gevonden; alleen de eerste {0} staan hier. Zoek nauwkeuriger.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1437" />
            <source>Gedeelde taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1439" />
            <source>Elke geopende Vroegbel doet mee met de gedeelde taken (en een eventuele server met 'vroegbel scheduler'); per tijdstip voert precies één werkplek een taak uit. Hier ziet u per taak wanneer die het laatst draaide, op welke werkplek, en de laatste fout van de afgelopen twee weken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1449" />
            <source>Gemiste belvensters doorschuiven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1450" />
            <source>Verlopen reserveringen vrijgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1451" />
            <source>Overdrachten over de termijn markeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1452" />
            <source>Nachtelijke opschoning (bewaartermijnen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1453" />
            <source>Oude taakregistratie opruimen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1461" />
            <source>nog niet gedraaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1463" />
            <source>bezig, of de werkplek stopte halverwege</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1465" />
            <source>mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1466" />
            <source>klaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1470" />
            <source>Taak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1471" />
            <source>Laatst gedraaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1472" />
            <source>Werkplek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1474" />
            <source>Resultaat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1481" />
            <source>Laatste fout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1498" />
            <source>Deze werkplek is aangemeld met een persoonlijke databaselogin en voert daarom zelf geen gedeelde taken uit: die draaien op de server met 'vroegbel scheduler' als eigenaar van de database. Staan de tijden hieronder stil, controleer dan die server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1510" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/login.py" line="454" />
            <source>Scherm vergrendeld</source>
            <extracomment>unlocked, with the Actor the account has now (the session checks it is still the same)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="456" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="470" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="471" />
            <source>&amp;Ontgrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="475" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../ui/login.py" line="91" />
            <source>Het database-adres begint niet met een type zoals postgresql+psycopg:// of sqlite:///.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="99" />
            <source>Het poortnummer in het database-adres is geen getal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="101" />
            <source>Het database-adres is onleesbaar; voorbeeld: postgresql+psycopg://naam@server/vroegbel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="107" />
            <source>Onbekend databasetype '{0}'; gebruik postgresql+psycopg of sqlite.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="244" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="246" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="247" />
            <source>Aanmelden bij Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="264" />
            <source>&amp;Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="268" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="270" />
            <source>&amp;Aanmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="275" />
            <source>&amp;Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="283" />
            <source>Af&amp;sluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="300" />
            <source>Bezig met aanmelden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="306" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="359" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="69" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>Vroegbel — vroegsignalering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="95" />
            <source>DEMO — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="113" />
            <source>Welkom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>&amp;Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>&amp;Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="150" />
            <source>&amp;Bewaarde uitkomsten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;Kiesinstelling van deze werkplek…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="160" />
            <source>Scherm &amp;vergrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>A&amp;fsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>● Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="225" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>● {0} verbonden</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="234" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n uitkomst wacht op verzending</numerusform>
                <numerusform>%n uitkomsten wachten op verzending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="236" />
            <source>%n geweigerd (menu Vroegbel)</source>
            <translation>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="241" />
            <source>Alles verzonden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <location filename="../../ui/main_window.py" line="271" />
            <source>Kiesinstelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>Hoe deze werkplek belt bij Bellen (Ctrl+D), bijvoorbeeld tel:{e164}, sip:{e164}@pbx.example of callto:{e164}. Leeg: zelf kiezen op een aparte telefoon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Kiesinstelling opgeslagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="336" />
            <source>Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="338" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../ui/labels.py" line="156" />
            <source>vandaag om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="158" />
            <source>morgen om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="159" />
            <source>{0} {1} om {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="217" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="220" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="225" />
            <location filename="../../ui/tabs/next_call.py" line="684" />
            <source>Inwoner belt terug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="227" />
            <source>De zaak zoeken van een bewoner die zelf belt (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="272" />
            <location filename="../../ui/tabs/next_call.py" line="580" />
            <location filename="../../ui/tabs/next_call.py" line="1197" />
            <source>Klaar voor het volgende gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="278" />
            <location filename="../../ui/tabs/next_call.py" line="1198" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="301" />
            <source>Eerdere pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="355" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="366" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="368" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="370" />
            <source>Schuldeisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="372" />
            <source>Totale achterstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="375" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="379" />
            <source>Waarom dit tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="382" />
            <source>Bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="408" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="415" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="421" />
            <source>&amp;Beste bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="430" />
            <source>Hoorde u van een huisgenoot of de bewoner wanneer die beter bereikbaar is? Kies een tijdvak of typ een tijd (19:30). Geldt bij geen gehoor, voicemail, in gesprek en een terugbelafspraak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="435" />
            <source>(niets gehoord)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="449" />
            <source>Uitkomst van dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="452" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="467" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="476" />
            <source>Teruggeven zonder uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="481" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="492" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="582" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="590" />
            <source>Buiten de beltijden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="594" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="595" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="601" />
            <source>Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep zo opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="608" />
            <location filename="../../ui/tabs/next_call.py" line="659" />
            <source>Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="616" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="627" />
            <source>Er staat nu niemand klaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="629" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="654" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="667" />
            <source>(naam onbekend)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="670" />
            <source>Ook op dit adres: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="676" />
            <source>Terugbelafspraak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="678" />
            <source>Terugbelafspraak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="681" />
            <source>Al bij u in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="686" />
            <source>Inwoner belt terug · zaak was afgesloten zonder contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="690" />
            <source>Geplande poging · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="693" />
            <location filename="../../ui/tabs/next_call.py" line="694" />
            <source>onbekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="700" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="711" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="739" />
            <source>Het nummer dat u belt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="743" />
            <source>onjuist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="747" />
            <source>Bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="749" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="751" />
            <source>Kopiëren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="753" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="764" />
            <source>geen telefoonnummer bekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="766" />
            <source>Nummer toevoegen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="768" />
            <source>Een ander nummer dat de bewoner u geeft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="781" />
            <source>Nummer toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="782" />
            <source>Telefoonnummer (bijvoorbeeld 06 12345678):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="802" />
            <source>Nummer toegevoegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="831" />
            <source>Gesprek gestart; kies het nummer op uw telefoon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="838" />
            <source>Nummer gekopieerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="860" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="891" />
            <source>De reservering van deze zaak is verlopen; sla de uitkomst nu op, anders kan een collega deze bewoner bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="901" />
            <source>De reservering van zaak {0} is verlopen; de zaak is terug in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="933" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="942" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="958" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1033" />
            <source>Bezig met opslaan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1062" />
            <source>{0} op {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1064" />
            <source>{0}; de budgetcoaches nemen het over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1069" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1084" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1092" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1108" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1127" />
            <source>De zaak wordt geopend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1148" />
            <source>Leg het gesprek vast met een van de uitkomsten; het telt als bereikt en gebruikt geen belpoging.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1167" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1180" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1211" />
            <source>Zaak nog open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1213" />
            <source>U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan de wachtrij?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenCasesModel</name>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="55" />
            <source>Zaak</source>
            <extracomment>rows per worker call when a refresh re-reads the loaded range</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="56" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="57" />
            <source>Gemeld op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="58" />
            <source>Achterstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="59" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="60" />
            <source>Volgend belvenster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="61" />
            <source>Terugbellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="62" />
            <source>Bij beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="97" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="99" />
            <source>morgen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="101" />
            <source>gisteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="403" />
            <source>wacht op telefoonnummer</source>
            <extracomment>the total number of rows the filter matches (not only the loaded ones) a page or a refresh arrived</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_models.py" line="417" />
            <source>{0} sinds {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="115" />
            <location filename="../../ui/outbox_dialog.py" line="119" />
            <source>Bewaarde uitkomsten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="124" />
            <source>Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="146" />
            <source>&amp;Opnieuw proberen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="147" />
            <source>&amp;Verwijderen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="200" />
            <source>Uitkomst verwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="202" />
            <source>De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="74" />
            <source>Stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="75" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="76" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="77" />
            <source>Gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="78" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="89" />
            <source>geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="90" />
            <source>wacht op verbinding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxSync</name>
        <message numerus="yes">
            <location filename="../../ui/outbox_sync.py" line="136" />
            <source>%n bewaarde uitkomst(en) alsnog opgeslagen.</source>
            <extracomment>(written, pending, reachable) after each flush</extracomment>
            <translation>
                <numerusform>%n bewaarde uitkomst alsnog opgeslagen.</numerusform>
                <numerusform>%n bewaarde uitkomsten alsnog opgeslagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/outbox_sync.py" line="140" />
            <source>%n bewaarde uitkomst(en) geweigerd; zie de teamleider.</source>
            <translation>
                <numerusform>%n bewaarde uitkomst geweigerd; zie de teamleider.</numerusform>
                <numerusform>%n bewaarde uitkomsten geweigerd; zie de teamleider.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../ui/labels.py" line="29" />
            <source>Geen gehoor</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="30" />
            <source>Voicemail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>In gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <source>Onjuist nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="33" />
            <source>Terugbelafspraak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="34" />
            <source>Bereikt, geen hulpvraag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="35" />
            <source>Bereikt, hulpaanbod geaccepteerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="36" />
            <source>Bereikt, hulp afgewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="37" />
            <source>Al in schuldhulptraject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="38" />
            <source>Verstuurd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>Kaartje achtergelaten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="40" />
            <source>Verhuisd</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="265" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="272" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanningPanel</name>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="123" />
            <source>Contactkansen &amp;verversen</source>
            <extracomment>The heat map runs from white (no contact) to the report's reach colour (the best cell).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="136" />
            <location filename="../../ui/tabs/planning_panel.py" line="147" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="137" />
            <source>Hele gemeente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="148" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="150" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="156" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="162" />
            <source>Gemeten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="168" />
            <source>Planner rekent met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="182" />
            <source>Wat als: andere belregels op eigen cijfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="198" />
            <source>Meldingen &amp;van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="199" />
            <source>&amp;tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="200" />
            <source>&amp;Maximaal pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="201" />
            <source>Minimaal &amp;avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="202" />
            <source>Minimaal &amp;zaterdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="203" />
            <source>Binnen &amp;dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="210" />
            <source>&amp;Doorrekenen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="217" />
            <source>Speelt de zaken van de periode na met de contactkansen van hun eigen pogingen per wijk en tijdvak; beide regelsets krijgen dezelfde toevalsgetallen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="227" />
            <source>Regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="228" />
            <source>Instelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="230" />
            <source>Bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="235" />
            <source>Verwacht bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="240" />
            <source>Gesprekken per zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="267" />
            <source>{0} · {1} pog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="272" />
            <source>Nog geen pogingen in dit tijdvak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="274" />
            <source>{0} pogingen, {1} met contact (gemeten {2}); de planner rekent met {3}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="321" />
            <source>{0} pogingen, {1} avond, {2} zaterdag, {3} dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="368" />
            <source>Contact per wijk en tijdvak van {0} tot en met {1} ({2} weken), zoals de planner ermee rekent: een wijk met weinig pogingen weegt mee met {3} pogingen van de hele gemeente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="400" />
            <source>Bezig met doorrekenen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="421" />
            <source>Huidige regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="422" />
            <source>Voorgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/planning_panel.py" line="428" />
            <source>{0} zaken en {1} belpogingen nagespeeld (werkelijk bereik {2}); seed {3}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueMonitorTab</name>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="161" />
            <source>Live wachtrij</source>
            <extracomment>the live figures were shown (LiveFigures) a release or reassign finished ("release" / "reassign")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="163" />
            <source>Cijfers per periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="165" />
            <source>Planning en contactkansen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="168" />
            <source>Vervolg: brief, kaartje, huisbezoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="186" />
            <location filename="../../ui/tabs/queue_monitor.py" line="223" />
            <source>Nu te bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="187" />
            <source>Vandaag gepland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="188" />
            <source>Terugbellen vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="189" />
            <source>Venster gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="190" />
            <location filename="../../ui/tabs/queue_monitor.py" line="224" />
            <source>Bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="191" />
            <source>Zonder nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="192" />
            <source>Coach te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="216" />
            <source>Open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="222" />
            <source>Alle open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="225" />
            <source>Belvenster verstreken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="226" />
            <source>Zonder telefoonnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="230" />
            <source>Alle wijken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="269" />
            <location filename="../../ui/tabs/queue_monitor.py" line="321" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="270" />
            <location filename="../../ui/tabs/queue_monitor.py" line="322" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="271" />
            <location filename="../../ui/tabs/queue_monitor.py" line="307" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="272" />
            <source>Sinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="273" />
            <source>Tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="279" />
            <source>Zaken bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="283" />
            <source>Kies een zaak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="285" />
            <source>&amp;Vrijgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="287" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="291" />
            <source>&amp;Toewijzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="292" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="298" />
            <source>Toewijzen aan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="308" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="309" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="311" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>Laatste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="318" />
            <source>Bellers vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="324" />
            <source>Termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="326" />
            <source>wettelijk {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="328" />
            <source>lokaal {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="333" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="333" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="334" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="334" />
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="340" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="421" />
            <source>geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="429" />
            <source>{0} nu aan de beurt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="434" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="438" />
            <source>{0} open zaken in totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="440" />
            <source>zonder geldig nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="443" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="452" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="462" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="466" />
            <source>{0} zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="500" />
            <source>Zaak {0} (bij {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="502" />
            <source>Zaak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="548" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="550" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="553" />
            <source>Zaak {0} is toegewezen aan {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="143" />
            <source>Meldingen &amp;van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="145" />
            <source>&amp;tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="147" />
            <source>Cijfers &amp;tonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="156" />
            <source>Exporteren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="160" />
            <source>Het rapport van deze periode opslaan als {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="191" />
            <source>Kies een periode en druk op ‘Cijfers tonen’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="202" />
            <source>Bereik en hulpacceptatie per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="230" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="231" />
            <source>Zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="232" />
            <source>Bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="234" />
            <source>Bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="236" />
            <source>Hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="238" />
            <source>Acceptatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="249" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="251" />
            <source>Belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="252" />
            <location filename="../../ui/tabs/report_panel.py" line="281" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="254" />
            <source>Contact per poging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="279" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="265" />
            <location filename="../../ui/tabs/report_panel.py" line="280" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="268" />
            <location filename="../../ui/tabs/report_panel.py" line="282" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="266" />
            <location filename="../../ui/tabs/report_panel.py" line="284" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="168" />
            <source>&amp;Vergelijken met meldingen van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="182" />
            <source>tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="264" />
            <source>Kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="271" />
            <source>Daarna teruggebeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="297" />
            <source>Per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="298" />
            <source>Contact per tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="299" />
            <source>Per beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="300" />
            <source>Per kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="324" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="373" />
            <source>Vergeleken met {0}: bereik van {1} naar {2} ({3} procentpunt), hulpacceptatie van {4} naar {5} ({6} procentpunt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="399" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="430" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="444" />
            <source>Geen overdrachten in deze periode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="456" />
            <source>Bereik (% van de meldingen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="457" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="493" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="494" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="495" />
            <source>PDF-document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="498" />
            <source>Rapport opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="506" />
            <source>De cijfers worden berekend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="506" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="508" />
            <source>Rapport exporteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="530" />
            <source>Het bestand wordt geschreven…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="545" />
            <source>De export wordt vastgelegd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="586" />
            <source>Rapport opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="982" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="984" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1002" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1003" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1004" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1006" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1010" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1040" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1047" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1052" />
            <source>Bezig…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../ui/main_window.py" line="34" />
            <source>beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="35" />
            <source>budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="36" />
            <source>teamleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="37" />
            <source>functioneel beheerder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="676" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="678" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="695" />
            <source>BELVENSTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="702" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="703" />
            <source>tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="729" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="751" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="757" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="760" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="773" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="774" />
            <source>&amp;Toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="775" />
            <source>Ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="785" />
            <source>Instellingen &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="788" />
            <source>Wijzigingen ongedaan maken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="794" />
            <source>Maximaal aantal belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="795" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="796" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="797" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="798" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="799" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="800" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="801" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="802" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="803" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="804" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="805" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../ui/labels.py" line="97" />
            <source>ochtend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="98" />
            <source>middag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="99" />
            <source>avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="100" />
            <source>zaterdag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/status.py" line="50" />
            <source>Belvenster open tot {0}</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status.py" line="53" />
            <source>Belvenster open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status.py" line="55" />
            <source>Buiten belvenster — volgende {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/status.py" line="58" />
            <source>Geen belvenster gepland</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="61" />
            <source>Volgende oproep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="68" />
            <source>Overdrachten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="75" />
            <source>Wachtrij en cijfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="82" />
            <source>Vooruitblik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/__init__.py" line="89" />
            <source>Beheer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="487" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="489" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="498" />
            <source>verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="500" />
            <source>geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="502" />
            <source>moet wachtwoord kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="503" />
            <source>actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="511" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="516" />
            <source>Laatst aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="525" />
            <source>&amp;Blokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="526" />
            <source>&amp;Deblokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="527" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="537" />
            <source>NIEUW ACCOUNT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="541" />
            <source>bijv. jdevries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="543" />
            <source>bijv. Jan de Vries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="547" />
            <source>Account &amp;aanmaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="507" />
            <location filename="../../ui/tabs/admin.py" line="552" />
            <source>Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="508" />
            <location filename="../../ui/tabs/admin.py" line="553" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="509" />
            <location filename="../../ui/tabs/admin.py" line="554" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="601" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="609" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="628" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="636" />
            <source>Vul een gebruikersnaam in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="89" />
            <source>Huisbezoek vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/follow_up_panel.py" line="96" />
            <source>&amp;Resultaat</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../ui/labels.py" line="131" />
            <source>ma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="132" />
            <source>di</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="133" />
            <source>wo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="134" />
            <source>do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="135" />
            <source>vr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="136" />
            <source>za</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="137" />
            <source>zo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1068" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1070" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1077" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1077" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1087" />
            <source>Regel &amp;toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1088" />
            <source>Regel ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1089" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1090" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1111" />
            <source>{0} regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1136" />
            <source>Wijkindeling inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1136" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1144" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1151" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1161" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="66" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/worker.py" line="75" />
            <source>De database staat dit niet toe voor uw login. Vraag de functioneel beheerder om hulp als u dit voor uw werk nodig hebt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/worker.py" line="83" />
            <source>Er ging iets onverwachts mis. Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
