<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1322" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1323" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1324" />
            <source>Belvensters en pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1325" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1326" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1327" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1328" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1329" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="70" />
            <source>Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord {4}.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="139" />
            <source>Demodatabase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="145" />
            <location filename="../../ui/app.py" line="148" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="147" />
            <source>Lokale database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="205" />
            <source>De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="213" />
            <source>De demodatabase is klaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="325" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/app.py" line="326" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="24" />
            <source>Wanneer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="29" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="33" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="37" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call_models.py" line="41" />
            <source>Notitie</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="131" />
            <source>Aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="132" />
            <source>Aanmelden mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="133" />
            <source>Account geblokkeerd na mislukte pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="136" />
            <source>Toegang geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="137" />
            <source>Wachtwoord gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="138" />
            <source>Wachtwoord wijzigen mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="141" />
            <source>Wachtwoord gereset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="142" />
            <source>Account aangemaakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="143" />
            <source>Account geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="144" />
            <source>Account gedeblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="145" />
            <source>Account verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="146" />
            <source>Naam gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="147" />
            <source>Rol gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="148" />
            <source>Zaak opgepakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="149" />
            <source>Zaak teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="150" />
            <source>Zaak vrijgegeven door teamleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="153" />
            <source>Reservering verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="154" />
            <source>Zaak toegewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="155" />
            <source>Uitkomst vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="156" />
            <source>Zaak ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="157" />
            <source>Persoonsgegevens ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="158" />
            <source>Telefoonnummer toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="159" />
            <source>Overdracht in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="160" />
            <source>Overdracht teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="161" />
            <source>Contact budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="162" />
            <source>Geboden hulp vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="163" />
            <source>Overdracht afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="164" />
            <source>Cijfers bekeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="165" />
            <source>Rapport geëxporteerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="166" />
            <source>DDAS-levering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="167" />
            <source>Signalen ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="168" />
            <source>Contacthistorie ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="169" />
            <source>Instelling gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="170" />
            <source>Gesloten dag toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="171" />
            <source>Gesloten dag verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="172" />
            <source>Wijkindeling vervangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="173" />
            <source>Bewaartermijn: opgeschoond</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1076" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1078" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1086" />
            <location filename="../../ui/tabs/admin.py" line="1113" />
            <source>Gebruiker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1088" />
            <source>Zaaknummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1091" />
            <source>Alle soorten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1099" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1104" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1106" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1112" />
            <source>Tijdstip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1115" />
            <source>Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1119" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1120" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1129" />
            <source>◀ &amp;Vorige</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1130" />
            <source>V&amp;olgende ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1162" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1176" />
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
            <location filename="../../ui/login.py" line="326" />
            <source>Kies een eigen wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="328" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="340" />
            <source>&amp;Huidig wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="344" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="348" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="359" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../ui/labels.py" line="62" />
            <source>Huur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>Energie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="64" />
            <source>Drinkwater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="65" />
            <source>Zorgverzekering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Overig</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../ui/login.py" line="110" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="112" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="122" />
            <source>Database-&amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="126" />
            <source>alleen voor een server die erom vraagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="127" />
            <source>Database-&amp;wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="157" />
            <source>Dit is geen geldig database-adres.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1193" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1195" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1213" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1216" />
            <source>optioneel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1217" />
            <source>Meldingen van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1218" />
            <source>tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1219" />
            <source>Gemeentecode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1220" />
            <source>Leverancierscode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1222" />
            <source>&amp;Exporteren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1237" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1242" />
            <source>DDAS-levering opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1242" />
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1249" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1273" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1026" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1028" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1042" />
            <source>Standaardtekst terugzetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1044" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1057" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1065" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="106" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="110" />
            <source>Alleen mijn zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="111" />
            <source>Ook afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="112" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="190" />
            <location filename="../../ui/tabs/handoff.py" line="191" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="196" />
            <source>Bewoner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="197" />
            <source>(gegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="202" />
            <source>Overdracht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="208" />
            <source>Lokaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="213" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="216" />
            <source>Wettelijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="222" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="235" />
            <source>verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="236" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="237" />
            <source>gehaald</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="238" />
            <source>te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="245" />
            <source>afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="247" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="249" />
            <source>ik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="258" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="281" />
            <source>Achterstanden per schuldeiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="285" />
            <source>Hulpvraag en notities van de beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="290" />
            <source>Contact door de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="302" />
            <source>In &amp;behandeling nemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="304" />
            <source>&amp;Teruggeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="312" />
            <source>Contactpoging vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="314" />
            <source>Bewoner gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="315" />
            <source>Niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="326" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="330" />
            <source>Contact &amp;vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="337" />
            <source>Geboden hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="345" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="352" />
            <source>Afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="357" />
            <source>&amp;Afsluiten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="375" />
            <source>Hulp geboden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="376" />
            <source>Bewoner wil toch geen hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="377" />
            <source>Geen hulp nodig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="378" />
            <source>Al in schuldhulptraject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="379" />
            <source>Bewoner niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="380" />
            <source>Ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="415" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="419" />
            <source>{0} over de wettelijke termijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="478" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="479" />
            <source>  · SPOED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="482" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="495" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="498" />
            <source>BSN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="500" />
            <source>Geboren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="505" />
            <source>Ook genoemd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="506" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="200" />
            <location filename="../../ui/tabs/handoff.py" line="507" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="509" />
            <source> (onjuist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="512" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="514" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="226" />
            <location filename="../../ui/tabs/handoff.py" line="517" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="549" />
            <source>Totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="560" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="565" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="577" />
            <source>niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="584" />
            <source>Nog geen contactpogingen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="628" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="629" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="630" />
            <source>Het contact is vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="631" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="632" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="689" />
            <source>Overdracht afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/handoff.py" line="691" />
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
            <location filename="../../ui/labels.py" line="47" />
            <source>Betalingsregeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Schuldhulpverlening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Luisterend oor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Anders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="265" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="267" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="276" />
            <source>Kies een bestand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="278" />
            <source>&amp;Bladeren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="280" />
            <source>&amp;Inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="301" />
            <source>Regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="302" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="304" />
            <source>Inhoud van de regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="312" />
            <source>AFGEWEZEN REGELS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="321" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="334" />
            <source>Signaalbestand kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="336" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="343" />
            <source>Kies eerst een bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="350" />
            <source>Bezig met inlezen van {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="374" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="392" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="397" />
            <source>Alle regels zijn ingelezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="407" />
            <source>Afgewezen regels opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="409" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="418" />
            <source>Opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/login.py" line="398" />
            <source>Scherm vergrendeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="400" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="414" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="415" />
            <source>&amp;Ontgrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="419" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="195" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="197" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="198" />
            <source>Aanmelden bij Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="215" />
            <source>&amp;Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="219" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="221" />
            <source>&amp;Aanmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="226" />
            <source>&amp;Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="234" />
            <source>Af&amp;sluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="251" />
            <source>Bezig met aanmelden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="257" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/login.py" line="304" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="67" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="91" />
            <source>Vroegbel — vroegsignalering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>DEMO — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="103" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="109" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Welkom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>&amp;Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>&amp;Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;Bewaarde uitkomsten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Scherm &amp;vergrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>A&amp;fsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="148" />
            <source>&amp;Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>● Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>● {0} verbonden</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="208" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n uitkomst wacht op verzending</numerusform>
                <numerusform>%n uitkomsten wachten op verzending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="210" />
            <source>%n geweigerd (menu Vroegbel)</source>
            <translation>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>Alles verzonden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../ui/labels.py" line="137" />
            <source>vandaag om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="139" />
            <source>morgen om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="140" />
            <source>{0} {1} om {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="209" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="212" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="259" />
            <location filename="../../ui/tabs/next_call.py" line="530" />
            <location filename="../../ui/tabs/next_call.py" line="1009" />
            <source>Klaar voor het volgende gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="265" />
            <location filename="../../ui/tabs/next_call.py" line="1010" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="288" />
            <source>Eerdere pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="341" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="352" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="354" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="356" />
            <source>Schuldeisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="358" />
            <source>Totale achterstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="361" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="385" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="392" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="405" />
            <source>Uitkomst van dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="408" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="423" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="432" />
            <source>Teruggeven zonder uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="437" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="448" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="532" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="540" />
            <source>Buiten de beltijden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="544" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="545" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="551" />
            <source>Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep zo opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="558" />
            <location filename="../../ui/tabs/next_call.py" line="608" />
            <source>Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="566" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="577" />
            <source>Er staat nu niemand klaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="579" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="603" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="616" />
            <source>(naam onbekend)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="619" />
            <source>Ook op dit adres: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="625" />
            <source>Terugbelafspraak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="627" />
            <source>Terugbelafspraak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="630" />
            <source>Al bij u in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="633" />
            <source>Geplande poging · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="636" />
            <location filename="../../ui/tabs/next_call.py" line="637" />
            <source>onbekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="643" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="654" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="678" />
            <source>Het nummer dat u belt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="682" />
            <source>onjuist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="686" />
            <source>Bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="688" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="690" />
            <source>Kopiëren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="692" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="703" />
            <source>geen telefoonnummer bekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="705" />
            <source>Nummer toevoegen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="707" />
            <source>Een ander nummer dat de bewoner u geeft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="720" />
            <source>Nummer toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="721" />
            <source>Telefoonnummer (bijvoorbeeld 06 12345678):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="741" />
            <source>Nummer toegevoegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="760" />
            <source>Nummer gekopieerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="780" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="818" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="827" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="841" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="906" />
            <source>Bezig met opslaan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="924" />
            <source>{0} op {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="926" />
            <source>{0}; de budgetcoaches nemen het over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="931" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="946" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="954" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="970" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="980" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="993" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1023" />
            <source>Zaak nog open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/next_call.py" line="1025" />
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
            <location filename="../../ui/outbox_dialog.py" line="87" />
            <location filename="../../ui/outbox_dialog.py" line="91" />
            <source>Bewaarde uitkomsten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="96" />
            <source>Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="118" />
            <source>&amp;Opnieuw proberen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="119" />
            <source>&amp;Verwijderen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="172" />
            <source>Uitkomst verwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="174" />
            <source>De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="51" />
            <source>Stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="52" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="54" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="58" />
            <source>Gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="62" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="42" />
            <source>geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/outbox_dialog.py" line="43" />
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
    </context>
    <context>
        <name>QueueMonitorTab</name>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="151" />
            <source>Live wachtrij</source>
            <extracomment>the live figures were shown (LiveFigures) a release or reassign finished ("release" / "reassign")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="153" />
            <source>Cijfers per periode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="166" />
            <location filename="../../ui/tabs/queue_monitor.py" line="203" />
            <source>Nu te bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="167" />
            <source>Vandaag gepland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="168" />
            <source>Terugbellen vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="169" />
            <source>Venster gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="170" />
            <location filename="../../ui/tabs/queue_monitor.py" line="204" />
            <source>Bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="171" />
            <source>Zonder nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="172" />
            <source>Coach te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="196" />
            <source>Open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="202" />
            <source>Alle open zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="205" />
            <source>Belvenster verstreken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="206" />
            <source>Zonder telefoonnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="210" />
            <source>Alle wijken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="249" />
            <location filename="../../ui/tabs/queue_monitor.py" line="301" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="250" />
            <location filename="../../ui/tabs/queue_monitor.py" line="302" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="251" />
            <location filename="../../ui/tabs/queue_monitor.py" line="287" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="252" />
            <source>Sinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="253" />
            <source>Tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="259" />
            <source>Zaken bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="263" />
            <source>Kies een zaak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="265" />
            <source>&amp;Vrijgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="267" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="271" />
            <source>&amp;Toewijzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="272" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="278" />
            <source>Toewijzen aan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="288" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="289" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="291" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="293" />
            <source>Laatste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="298" />
            <source>Bellers vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="304" />
            <source>Termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="306" />
            <source>wettelijk {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="308" />
            <source>lokaal {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="313" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="314" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="314" />
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="320" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="401" />
            <source>geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="409" />
            <source>{0} nu aan de beurt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="414" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="418" />
            <source>{0} open zaken in totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="420" />
            <source>zonder geldig nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="423" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="432" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="442" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="446" />
            <source>{0} zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="480" />
            <source>Zaak {0} (bij {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="482" />
            <source>Zaak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="528" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="530" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/queue_monitor.py" line="533" />
            <source>Zaak {0} is toegewezen aan {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="121" />
            <source>Meldingen &amp;van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="123" />
            <source>&amp;tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="125" />
            <source>Cijfers &amp;tonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="134" />
            <source>Exporteren:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="138" />
            <source>Het rapport van deze periode opslaan als {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="148" />
            <source>Kies een periode en druk op ‘Cijfers tonen’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="159" />
            <source>Bereik en hulpacceptatie per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="187" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="188" />
            <source>Zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="189" />
            <source>Bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="191" />
            <source>Bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="193" />
            <source>Hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="195" />
            <source>Acceptatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="206" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="208" />
            <source>Belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="209" />
            <location filename="../../ui/tabs/report_panel.py" line="223" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="211" />
            <source>Contact per poging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="221" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="222" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="224" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="226" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="236" />
            <source>Per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="237" />
            <source>Contact per tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="238" />
            <source>Per beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="257" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="305" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="325" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="339" />
            <source>Geen overdrachten in deze periode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="351" />
            <source>Bereik (% van de meldingen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="352" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="388" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="389" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="390" />
            <source>PDF-document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="393" />
            <source>Rapport opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="401" />
            <source>De cijfers worden berekend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="401" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="403" />
            <source>Rapport exporteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="425" />
            <source>Het bestand wordt geschreven…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="440" />
            <source>De export wordt vastgelegd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/report_panel.py" line="481" />
            <source>Rapport opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="838" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="840" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="858" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="859" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="860" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="862" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="866" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="896" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="903" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="908" />
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
            <location filename="../../ui/tabs/admin.py" line="624" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="626" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="643" />
            <source>BELVENSTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="650" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="651" />
            <source>tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="677" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="699" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="705" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="708" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="721" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="722" />
            <source>&amp;Toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="723" />
            <source>Ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="733" />
            <source>Instellingen &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="736" />
            <source>Wijzigingen ongedaan maken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="742" />
            <source>Maximaal aantal belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="743" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="744" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="745" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="746" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="747" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="748" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="749" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="750" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="751" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="752" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="753" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="802" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="809" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../ui/labels.py" line="78" />
            <source>ochtend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>middag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
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
            <source>Beheer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="435" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="437" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="446" />
            <source>verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="448" />
            <source>geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="450" />
            <source>moet wachtwoord kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="451" />
            <source>actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="459" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="464" />
            <source>Laatst aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="473" />
            <source>&amp;Blokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="474" />
            <source>&amp;Deblokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="475" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="485" />
            <source>NIEUW ACCOUNT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="489" />
            <source>bijv. jdevries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="491" />
            <source>bijv. Jan de Vries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="495" />
            <source>Account &amp;aanmaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="455" />
            <location filename="../../ui/tabs/admin.py" line="500" />
            <source>Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="456" />
            <location filename="../../ui/tabs/admin.py" line="501" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="457" />
            <location filename="../../ui/tabs/admin.py" line="502" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="549" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="557" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="576" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="584" />
            <source>Vul een gebruikersnaam in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../ui/labels.py" line="112" />
            <source>ma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="113" />
            <source>di</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="114" />
            <source>wo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="115" />
            <source>do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="116" />
            <source>vr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="117" />
            <source>za</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="118" />
            <source>zo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../ui/tabs/admin.py" line="924" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="926" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="933" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="933" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="943" />
            <source>Regel &amp;toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="944" />
            <source>Regel ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="945" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="946" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="967" />
            <source>{0} regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="992" />
            <source>Wijkindeling inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="992" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1000" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1007" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tabs/admin.py" line="1017" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../ui/worker.py" line="59" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/worker.py" line="66" />
            <source>Er ging iets onverwachts mis ({0}). Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
