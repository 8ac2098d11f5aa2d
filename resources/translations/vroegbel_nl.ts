<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AdminTab</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1311" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1312" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1313" />
            <source>Belvensters en pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1314" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1315" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1316" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1317" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1318" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../app/ui/app.py" line="74" />
            <source>Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord {4}.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="171" />
            <source>Demodatabase</source>
            <extracomment>What the main window needs after a login; imported while the person types the password.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="177" />
            <location filename="../../app/ui/app.py" line="180" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="179" />
            <source>Lokale database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="192" />
            <source>Vergrendeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="267" />
            <source>De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="275" />
            <source>De demodatabase is klaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="368" />
            <source>Uw account is gewijzigd; meld u opnieuw aan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="428" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/app.py" line="429" />
            <source>De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttemptsModel</name>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="58" />
            <source>Wanneer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="59" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="60" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="61" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_models.py" line="62" />
            <source>Notitie</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="122" />
            <source>Aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="123" />
            <source>Aanmelden mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="124" />
            <source>Account geblokkeerd na mislukte pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="127" />
            <source>Toegang geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="128" />
            <source>Wachtwoord gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="129" />
            <source>Wachtwoord wijzigen mislukt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="132" />
            <source>Wachtwoord gereset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="133" />
            <source>Account aangemaakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="134" />
            <source>Account geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="135" />
            <source>Account gedeblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="136" />
            <source>Account verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="137" />
            <source>Naam gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="138" />
            <source>Rol gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="139" />
            <source>Zaak opgepakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="140" />
            <source>Zaak teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="141" />
            <source>Zaak vrijgegeven door teamleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="144" />
            <source>Reservering verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="145" />
            <source>Zaak toegewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="146" />
            <source>Uitkomst vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="147" />
            <source>Uitkomst geweigerd (zaak niet in behandeling)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="150" />
            <source>Zaak ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="151" />
            <source>Persoonsgegevens ingezien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="152" />
            <source>Telefoonnummer toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="153" />
            <source>Overdracht in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="154" />
            <source>Overdracht teruggegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="155" />
            <source>Contact budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="156" />
            <source>Geboden hulp vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="157" />
            <source>Overdracht afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="158" />
            <source>Cijfers bekeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="159" />
            <source>Rapport geëxporteerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="160" />
            <source>DDAS-levering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="161" />
            <source>Signalen ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="162" />
            <source>Contacthistorie ingelezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="163" />
            <source>Instelling gewijzigd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="164" />
            <source>Gesloten dag toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="165" />
            <source>Gesloten dag verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="166" />
            <source>Wijkindeling vervangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="167" />
            <source>Bewaartermijn: opgeschoond</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1070" />
            <source>Auditlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1072" />
            <source>Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen persoonsgegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1080" />
            <location filename="../../app/ui/tabs/admin.py" line="1107" />
            <source>Gebruiker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1082" />
            <source>Zaaknummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1085" />
            <source>Alle soorten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1093" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1098" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1100" />
            <source>t/m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1106" />
            <source>Tijdstip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1109" />
            <source>Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1113" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1114" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1123" />
            <source>◀ &amp;Vorige</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1124" />
            <source>V&amp;olgende ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1156" />
            <source>Een zaaknummer bestaat uit cijfers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1170" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="197" />
            <source>Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen zijn gesloten (zondag, feestdag of sluitingsdag). U krijgt de afspraak tot 15 minuten na het tijdstip zelf; daarna mag een collega bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="218" />
            <source>&amp;Tijd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="236" />
            <source>Afspraak &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="279" />
            <source>Op deze dag wordt niet gebeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="302" />
            <source>Geen beltijden op deze dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="328" />
            <source>Kies een dag met beltijden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="330" />
            <source>Terugbellen op {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="364" />
            <source>Kies een eigen wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="366" />
            <source>U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens 12 tekens dat u nergens anders gebruikt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="378" />
            <source>&amp;Huidig wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="382" />
            <source>&amp;Nieuw wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="386" />
            <source>Nieuw wachtwoord &amp;herhalen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="397" />
            <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Creditor</name>
        <message>
            <location filename="../../app/ui/labels.py" line="62" />
            <source>Huur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="63" />
            <source>Energie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="64" />
            <source>Drinkwater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="65" />
            <source>Zorgverzekering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="66" />
            <source>Overig</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="148" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="150" />
            <source>Het adres van de gedeelde database van het team, bijvoorbeeld postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een wachtwoord wordt niet in de instellingen bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="160" />
            <source>Database-&amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="164" />
            <source>alleen voor een server die erom vraagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="165" />
            <source>Database-&amp;wachtwoord</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DdasPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1187" />
            <source>Levering aan CBS (DDAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1189" />
            <source>De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel (DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever het bestand aan via de gebruikelijke weg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1207" />
            <source>bijv. 0392 (Haarlem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1210" />
            <source>optioneel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1211" />
            <source>Meldingen van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1212" />
            <source>tot en met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1213" />
            <source>Gemeentecode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1214" />
            <source>Leverancierscode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1216" />
            <source>&amp;Exporteren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1231" />
            <source>Vul de gemeentecode in (vier cijfers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1236" />
            <source>DDAS-levering opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1236" />
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1243" />
            <source>Bezig met samenstellen en controleren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1267" />
            <source>Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1020" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1022" />
            <source>De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - opsomming. Rechts ziet u hoe het eruitziet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1036" />
            <source>Standaardtekst terugzetten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1038" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1051" />
            <source>De gespreksleidraad is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1059" />
            <source>De standaardtekst staat weer klaar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffTab</name>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="107" />
            <source>Overdrachten aan de budgetcoaches</source>
            <extracomment>the list was (re)loaded the details of a handoff were shown (handoff id) an action finished (name of the action)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="111" />
            <source>Alleen mijn zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="112" />
            <source>Ook afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="113" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="199" />
            <location filename="../../app/ui/tabs/handoff.py" line="200" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="205" />
            <source>Bewoner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="206" />
            <source>(gegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="211" />
            <source>Overdracht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="217" />
            <source>Lokaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="222" />
            <source>Eerste gesprek volgens de gemeentelijke termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="225" />
            <source>Wettelijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="231" />
            <source>Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="244" />
            <source>verlopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="245" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="246" />
            <source>gehaald</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="247" />
            <source>te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="254" />
            <source>afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="256" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="258" />
            <source>ik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="267" />
            <source>Kies links een overdracht om de gegevens van de bewoner te zien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="290" />
            <source>Achterstanden per schuldeiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="294" />
            <source>Hulpvraag en notities van de beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="299" />
            <source>Contact door de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="314" />
            <source>In &amp;behandeling nemen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="316" />
            <source>&amp;Teruggeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="333" />
            <source>Bewoner gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="334" />
            <source>Niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="345" />
            <source>Korte notitie (geen BSN of medische details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="349" />
            <source>Contact &amp;vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="376" />
            <source>Geboden hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="369" />
            <source>Geboden hulp &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="391" />
            <source>Afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="385" />
            <source>&amp;Afsluiten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="356" />
            <source>Contactpoging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="403" />
            <source>Hulp geboden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="404" />
            <source>Bewoner wil toch geen hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="405" />
            <source>Geen hulp nodig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="406" />
            <source>Al in schuldhulptraject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="407" />
            <source>Bewoner niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="408" />
            <source>Ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="443" />
            <source>{0} open, waarvan {1} met spoed en {2} nog zonder coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="447" />
            <source>{0} over de wettelijke termijn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="506" />
            <source>(persoonsgegevens verwijderd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="507" />
            <source>  · SPOED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="510" />
            <source>Lokale termijn: {0} · wettelijke termijn: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="523" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="526" />
            <source>BSN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="528" />
            <source>Geboren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="533" />
            <source>Ook genoemd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="534" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="209" />
            <location filename="../../app/ui/tabs/handoff.py" line="535" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="537" />
            <source> (onjuist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="540" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="542" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="235" />
            <location filename="../../app/ui/tabs/handoff.py" line="545" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="577" />
            <source>Totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="588" />
            <source>&lt;b&gt;Gevraagde hulp:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="593" />
            <source>&lt;b&gt;Hulpvraag:&lt;/b&gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="605" />
            <source>gesproken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="605" />
            <source>niet bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="612" />
            <source>Nog geen contactpogingen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="656" />
            <source>U heeft deze overdracht in behandeling genomen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="657" />
            <source>De overdracht is teruggegeven aan alle budgetcoaches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="658" />
            <source>Het contact is vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="659" />
            <source>De geboden hulp is opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="660" />
            <source>De overdracht en de zaak zijn afgesloten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="717" />
            <source>Overdracht afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/handoff.py" line="719" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="52" />
            <source>De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt contact op; kies waar de bewoner hulp bij wil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="61" />
            <source>Gewenste hulp (minstens één)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="72" />
            <source>&amp;Urgent — er dreigt iets op korte termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="77" />
            <source>Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, beëindiging van de zorgverzekering of een zitting bij de rechter. De coach spreekt de bewoner dan binnen 3 werkdagen, anders binnen 4 weken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="87" />
            <source>&amp;Toelichting voor de budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="93" />
            <source>Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="107" />
            <source>Hulpvraag &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call_dialogs.py" line="131" />
            <source>Kies minstens één soort hulp.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpType</name>
        <message>
            <location filename="../../app/ui/labels.py" line="47" />
            <source>Betalingsregeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="48" />
            <source>Advies over geldzaken (telefonisch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="49" />
            <source>Budgetondersteuning op Maat (BooM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="50" />
            <source>Schuldhulpverlening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="51" />
            <source>Luisterend oor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="52" />
            <source>Anders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="259" />
            <source>Signalen inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="261" />
            <source>Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="270" />
            <source>Kies een bestand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="272" />
            <source>&amp;Bladeren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="274" />
            <source>&amp;Inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="295" />
            <source>Regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="296" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="298" />
            <source>Inhoud van de regel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="306" />
            <source>AFGEWEZEN REGELS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="315" />
            <source>Afgewezen regels &amp;opslaan als CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="328" />
            <source>Signaalbestand kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="330" />
            <source>Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="337" />
            <source>Kies eerst een bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="344" />
            <source>Bezig met inlezen van {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="368" />
            <source>&lt;b&gt;{0}&lt;/b&gt; regels gelezen: &lt;b&gt;{1}&lt;/b&gt; ingelezen ({2} nieuwe zaken, {3} bij een open zaak gevoegd), {4} al bekend, &lt;b&gt;{5}&lt;/b&gt; afgewezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="386" />
            <source>{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="391" />
            <source>Alle regels zijn ingelezen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="401" />
            <source>Afgewezen regels opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="403" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="412" />
            <source>Opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="437" />
            <source>Scherm vergrendeld</source>
            <extracomment>unlocked, with the Actor the account has now (the session checks it is still the same)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="439" />
            <source>Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om verder te werken als {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="453" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="454" />
            <source>&amp;Ontgrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="458" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../app/ui/login.py" line="75" />
            <source>Het database-adres begint niet met een type zoals postgresql+psycopg:// of sqlite:///.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="83" />
            <source>Het poortnummer in het database-adres is geen getal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="85" />
            <source>Het database-adres is onleesbaar; voorbeeld: postgresql+psycopg://naam@server/vroegbel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="91" />
            <source>Onbekend databasetype '{0}'; gebruik postgresql+psycopg of sqlite.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/ui/login.py" line="228" />
            <source>Meld u aan met uw eigen gebruikersnaam en wachtwoord.</source>
            <extracomment>the login succeeded (a LoginResult)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="230" />
            <source>DEMO — oefenomgeving met verzonnen gegevens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="231" />
            <source>Aanmelden bij Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="248" />
            <source>&amp;Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="252" />
            <source>&amp;Wachtwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="254" />
            <source>&amp;Aanmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="259" />
            <source>&amp;Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="267" />
            <source>Af&amp;sluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="284" />
            <source>Bezig met aanmelden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="290" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/login.py" line="342" />
            <source>U moet eerst een eigen wachtwoord kiezen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="69" />
            <source>DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de gemeente gestuurd.</source>
            <extracomment>the person chose "Afmelden" the person chose "Scherm vergrendelen" the person chose another language ("nl" or "en")</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="93" />
            <source>Vroegbel — vroegsignalering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="95" />
            <source>DEMO — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="127" />
            <source>Dit onderdeel kon niet worden geladen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="111" />
            <source>Voor uw rol is er in deze versie geen werkscherm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="113" />
            <source>Welkom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="137" />
            <source>&amp;Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="139" />
            <source>&amp;Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="150" />
            <source>&amp;Bewaarde uitkomsten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="156" />
            <source>Scherm &amp;vergrendelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="160" />
            <source>&amp;Afmelden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="164" />
            <source>A&amp;fsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="169" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="170" />
            <source>&amp;Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="184" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="218" />
            <source>● Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="221" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="222" />
            <source>● {0} verbonden</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="230" />
            <source>%n uitkomst(en) wachten op verzending</source>
            <translation>
                <numerusform>%n uitkomst wacht op verzending</numerusform>
                <numerusform>%n uitkomsten wachten op verzending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/main_window.py" line="232" />
            <source>%n geweigerd (menu Vroegbel)</source>
            <translation>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
                <numerusform>%n geweigerd (menu Vroegbel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="237" />
            <source>Alles verzonden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="305" />
            <source>Over Vroegbel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="307" />
            <source>&lt;h3&gt;Vroegbel {0}&lt;/h3&gt;&lt;p&gt;Bellen voor vroegsignalering van schulden: bewoners met betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een budgetcoach van de gemeente.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Moment</name>
        <message>
            <location filename="../../app/ui/labels.py" line="137" />
            <source>vandaag om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="139" />
            <source>morgen om {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="140" />
            <source>{0} {1} om {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextCallTab</name>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="209" />
            <source>Volgende oproep</source>
            <extracomment>Outcome buttons in the order of DOMAIN.md section 6, with their shortcuts. Point sizes of Markdown headings in the guide (Qt's defaults are too large beside a card). the tab's state changed: "idle", "claiming", "case", "saving" an outcome was stored in the shared database (SaveResult) an outcome was kept in the local outbox (case id)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="212" />
            <source>Volgende bewoner bellen (F5 of Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="259" />
            <location filename="../../app/ui/tabs/next_call.py" line="532" />
            <location filename="../../app/ui/tabs/next_call.py" line="1048" />
            <source>Klaar voor het volgende gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="265" />
            <location filename="../../app/ui/tabs/next_call.py" line="1049" />
            <source>Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="288" />
            <source>Eerdere pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="342" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="353" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="355" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="357" />
            <source>Schuldeisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="359" />
            <source>Totale achterstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="362" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="387" />
            <source>&amp;Notities bij dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="394" />
            <source>Wat is besproken? Geen medische of andere gevoelige details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="407" />
            <source>Uitkomst van dit gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="410" />
            <source>Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="425" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="434" />
            <source>Teruggeven zonder uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="439" />
            <source>De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="450" />
            <source>Gespreksleidraad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="534" />
            <source>Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="542" />
            <source>Buiten de beltijden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="546" />
            <source>Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="547" />
            <source>Het volgende belvenster opent {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="553" />
            <source>Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep zo opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="560" />
            <location filename="../../app/ui/tabs/next_call.py" line="610" />
            <source>Database niet bereikbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="568" />
            <source>De volgende bewoner wordt opgezocht…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="579" />
            <source>Er staat nu niemand klaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="581" />
            <source>In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar minuten opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="605" />
            <source>De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. Vastgelegde uitkomsten blijven bewaard op deze computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="618" />
            <source>(naam onbekend)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="621" />
            <source>Ook op dit adres: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="627" />
            <source>Terugbelafspraak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="629" />
            <source>Terugbelafspraak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="632" />
            <source>Al bij u in behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="635" />
            <source>Geplande poging · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="638" />
            <location filename="../../app/ui/tabs/next_call.py" line="639" />
            <source>onbekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="645" />
            <source>{0} van maximaal {1} pogingen gebruikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="656" />
            <source>Eerdere hulpvraag ({0}): {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="680" />
            <source>Het nummer dat u belt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="684" />
            <source>onjuist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="688" />
            <source>Bellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="690" />
            <source>Bellen via de telefoon van deze werkplek (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="692" />
            <source>Kopiëren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="694" />
            <source>Nummer kopiëren (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="705" />
            <source>geen telefoonnummer bekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="707" />
            <source>Nummer toevoegen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="709" />
            <source>Een ander nummer dat de bewoner u geeft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="722" />
            <source>Nummer toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="723" />
            <source>Telefoonnummer (bijvoorbeeld 06 12345678):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="743" />
            <source>Nummer toegevoegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="762" />
            <source>Nummer gekopieerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="784" />
            <source>Voor u gereserveerd: nog {0}:{1:02d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="815" />
            <source>De reservering van deze zaak is verlopen; sla de uitkomst nu op, anders kan een collega deze bewoner bellen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="825" />
            <source>De reservering van zaak {0} is verlopen; de zaak is terug in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="857" />
            <source>De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op deze computer bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="866" />
            <source>Deze zaak is niet meer voor u gereserveerd: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="880" />
            <source>Kies eerst welk nummer onjuist is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="945" />
            <source>Bezig met opslaan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="963" />
            <source>{0} op {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="965" />
            <source>{0}; de budgetcoaches nemen het over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="970" />
            <source>Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="985" />
            <source>De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt verzonden zodra de verbinding terug is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="993" />
            <source>De uitkomst ({0}) is niet opgeslagen: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="1009" />
            <source>Niet opgeslagen: {0} Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="1019" />
            <source>De zaak is teruggegeven aan de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="1032" />
            <source>De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt vanzelf terug in de wachtrij als de reservering verloopt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="1062" />
            <source>Zaak nog open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/next_call.py" line="1064" />
            <source>U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan de wachtrij?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenCasesModel</name>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="55" />
            <source>Zaak</source>
            <extracomment>rows per worker call when a refresh re-reads the loaded range</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="56" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="57" />
            <source>Gemeld op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="58" />
            <source>Achterstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="59" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="60" />
            <source>Volgend belvenster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="61" />
            <source>Terugbellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="62" />
            <source>Bij beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="97" />
            <source>vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="99" />
            <source>morgen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="101" />
            <source>gisteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="403" />
            <source>wacht op telefoonnummer</source>
            <extracomment>the total number of rows the filter matches (not only the loaded ones) a page or a refresh arrived</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_models.py" line="417" />
            <source>{0} sinds {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="115" />
            <location filename="../../app/ui/outbox_dialog.py" line="119" />
            <source>Bewaarde uitkomsten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="124" />
            <source>Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="146" />
            <source>&amp;Opnieuw proberen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="147" />
            <source>&amp;Verwijderen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="200" />
            <source>Uitkomst verwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="202" />
            <source>De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="74" />
            <source>Stand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="75" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="76" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="77" />
            <source>Gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="78" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="89" />
            <source>geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/outbox_dialog.py" line="90" />
            <source>wacht op verbinding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxSync</name>
        <message numerus="yes">
            <location filename="../../app/ui/outbox_sync.py" line="136" />
            <source>%n bewaarde uitkomst(en) alsnog opgeslagen.</source>
            <extracomment>(written, pending, reachable) after each flush</extracomment>
            <translation>
                <numerusform>%n bewaarde uitkomst alsnog opgeslagen.</numerusform>
                <numerusform>%n bewaarde uitkomsten alsnog opgeslagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/outbox_sync.py" line="140" />
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
            <location filename="../../app/ui/labels.py" line="29" />
            <source>Geen gehoor</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="30" />
            <source>Voicemail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="31" />
            <source>In gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="32" />
            <source>Onjuist nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="33" />
            <source>Terugbelafspraak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="34" />
            <source>Bereikt, geen hulpvraag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="35" />
            <source>Bereikt, hulpaanbod geaccepteerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="36" />
            <source>Bereikt, hulp afgewezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="37" />
            <source>Al in schuldhulptraject</source>
            <translation type="unfinished" />
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
            <location filename="../../app/ui/tabs/queue_monitor.py" line="249" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="301" />
            <source>Zaak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="250" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="302" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="251" />
            <location filename="../../app/ui/tabs/queue_monitor.py" line="287" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="252" />
            <source>Sinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="253" />
            <source>Tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="259" />
            <source>Zaken bij een beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="263" />
            <source>Kies een zaak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="265" />
            <source>&amp;Vrijgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="267" />
            <source>Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="271" />
            <source>&amp;Toewijzen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="272" />
            <source>Zaak aan de gekozen beller geven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="278" />
            <source>Toewijzen aan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="288" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="289" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="291" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="293" />
            <source>Laatste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="298" />
            <source>Bellers vandaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="304" />
            <source>Termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="306" />
            <source>wettelijk {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="308" />
            <source>lokaal {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="313" />
            <source>Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="313" />
            <source>nog niemand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="314" />
            <source>Spoed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="314" />
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="320" />
            <source>Overdrachten zonder gesprek na de termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="401" />
            <source>geen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="409" />
            <source>{0} nu aan de beurt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="414" />
            <source>verstreken zonder poging; {0} eerder gemist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="418" />
            <source>{0} open zaken in totaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="420" />
            <source>zonder geldig nummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="423" />
            <source>{0} over de wettelijke termijn; {1} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="432" />
            <source>Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="442" />
            <source>{0} van {1} zaken geladen (meer bij verder scrollen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="446" />
            <source>{0} zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="480" />
            <source>Zaak {0} (bij {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="482" />
            <source>Zaak {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="528" />
            <source>Zaak {0} is vrijgegeven en staat weer in de wachtrij.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="530" />
            <source>Zaak {0} was al bij niemand in behandeling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/queue_monitor.py" line="533" />
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
            <location filename="../../app/ui/tabs/report_panel.py" line="187" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="188" />
            <source>Zaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="189" />
            <source>Bereikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="191" />
            <source>Bereik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="193" />
            <source>Hulp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="195" />
            <source>Acceptatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="206" />
            <source>Tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="208" />
            <source>Belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="209" />
            <location filename="../../app/ui/tabs/report_panel.py" line="223" />
            <source>Gesprekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="211" />
            <source>Contact per poging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="221" />
            <source>Beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="222" />
            <source>Pogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="224" />
            <source>Hulpvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="226" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="236" />
            <source>Per wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="237" />
            <source>Contact per tijdvak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="238" />
            <source>Per beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="257" />
            <source>Budgetcoaches: tijd tot eerste gesprek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="305" />
            <source>{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de bereikten). {6} belpogingen, {7} gesprekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="325" />
            <source>{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="339" />
            <source>Geen overdrachten in deze periode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="351" />
            <source>Bereik (% van de meldingen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="352" />
            <source>Hulpacceptatie (% van de bereikten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="388" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="389" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="390" />
            <source>PDF-document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="393" />
            <source>Rapport opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="401" />
            <source>De cijfers worden berekend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="401" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="403" />
            <source>Rapport exporteren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="425" />
            <source>Het bestand wordt geschreven…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="440" />
            <source>De export wordt vastgelegd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/report_panel.py" line="481" />
            <source>Rapport opgeslagen: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="832" />
            <source>Bewaartermijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="834" />
            <source>Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="852" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="853" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="854" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="856" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="860" />
            <source>&amp;Proefdraaien: wat zou nu worden opgeschoond?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="890" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="897" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="902" />
            <source>Bezig…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="34" />
            <source>beller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="35" />
            <source>budgetcoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="36" />
            <source>teamleider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="37" />
            <source>functioneel beheerder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="618" />
            <source>Belvensters, pogingen en gesloten dagen</source>
            <extracomment>the settings in the order shown, with a unit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="620" />
            <source>Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. Wijzigingen gelden voor alle werkplekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="637" />
            <source>BELVENSTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="644" />
            <source>van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="645" />
            <source>tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="671" />
            <source>POGINGEN EN TERMIJNEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="693" />
            <source>EXTRA GESLOTEN DAGEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="699" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="702" />
            <source>Reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="715" />
            <source>Reden, bijv. Bevrijdingsdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="716" />
            <source>&amp;Toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="717" />
            <source>Ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="727" />
            <source>Instellingen &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="730" />
            <source>Wijzigingen ongedaan maken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="736" />
            <source>Maximaal aantal belpogingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="737" />
            <source>Minimaal aantal pogingen in de avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="738" />
            <source>Minimaal aantal pogingen op zaterdag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="739" />
            <source>Alle pogingen binnen (kalenderdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="740" />
            <source>Een zaak blijft gereserveerd (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="741" />
            <source>Terugbelafspraak voorbehouden (minuten)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="742" />
            <source>Lokale termijn eerste gesprek coach (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="743" />
            <source>Wettelijke termijn bij dreiging (werkdagen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="744" />
            <source>Wettelijke termijn overig (weken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="745" />
            <source>Gesloten zonder hulp: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="746" />
            <source>Na afsluiting door de coach: bewaren (maanden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="747" />
            <source>Scherm vergrendelen na (minuten zonder invoer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="796" />
            <source>Er is niets gewijzigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="803" />
            <source>{0} instelling(en) opgeslagen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slot</name>
        <message>
            <location filename="../../app/ui/labels.py" line="78" />
            <source>ochtend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="79" />
            <source>middag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="80" />
            <source>avond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="81" />
            <source>zaterdag</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../app/ui/status.py" line="50" />
            <source>Belvenster open tot {0}</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="53" />
            <source>Belvenster open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="55" />
            <source>Buiten belvenster — volgende {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/status.py" line="58" />
            <source>Geen belvenster gepland</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="61" />
            <source>Volgende oproep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="68" />
            <source>Overdrachten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="75" />
            <source>Wachtrij en cijfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="82" />
            <source>Beheer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="429" />
            <source>Gebruikers en rollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="431" />
            <source>Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het tijdelijke wachtwoord persoonlijk door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="440" />
            <source>verwijderd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="442" />
            <source>geblokkeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="444" />
            <source>moet wachtwoord kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="445" />
            <source>actief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="453" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="458" />
            <source>Laatst aangemeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="467" />
            <source>&amp;Blokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="468" />
            <source>&amp;Deblokkeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="469" />
            <source>&amp;Wachtwoord resetten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="479" />
            <source>NIEUW ACCOUNT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="483" />
            <source>bijv. jdevries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="485" />
            <source>bijv. Jan de Vries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="489" />
            <source>Account &amp;aanmaken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="449" />
            <location filename="../../app/ui/tabs/admin.py" line="494" />
            <source>Gebruikersnaam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="450" />
            <location filename="../../app/ui/tabs/admin.py" line="495" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="451" />
            <location filename="../../app/ui/tabs/admin.py" line="496" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="543" />
            <source>{0} is geblokkeerd.</source>
            <extracomment>the last temporary password shown (tests read it; never logged)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="551" />
            <source>{0} kan zich weer aanmelden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="570" />
            <source>Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens getoond.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="578" />
            <source>Vul een gebruikersnaam in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../app/ui/labels.py" line="112" />
            <source>ma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="113" />
            <source>di</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="114" />
            <source>wo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="115" />
            <source>do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="116" />
            <source>vr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="117" />
            <source>za</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/labels.py" line="118" />
            <source>zo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WijkPage</name>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="918" />
            <source>Wijkindeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="920" />
            <source>Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een postcode zonder wijk komt in ‘Onbekend’.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="927" />
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="927" />
            <source>Wijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="937" />
            <source>Regel &amp;toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="938" />
            <source>Regel ve&amp;rwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="939" />
            <source>&amp;Inlezen uit CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="940" />
            <source>&amp;Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="961" />
            <source>{0} regels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="986" />
            <source>Wijkindeling inlezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="986" />
            <source>CSV-bestand (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="994" />
            <source>Het bestand kan niet gelezen worden: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1001" />
            <source>{0} regels ingelezen; controleer ze en druk op Opslaan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/tabs/admin.py" line="1011" />
            <source>Wijkindeling opgeslagen ({0} regels).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../app/ui/worker.py" line="59" />
            <source>De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp.</source>
            <extracomment>lupdate picks up translate("Context", "text") calls with literal arguments.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/worker.py" line="66" />
            <source>Er ging iets onverwachts mis ({0}). Probeer het opnieuw.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
