"""English for the coach's, the team lead's and the admin's tabs, and a filler for them only.

    python scripts/translations_workplaces.py app/resources/translations/vroegbel_en.ts

Fills the unfinished English messages of the contexts below (and the three tab titles in
"Tabs") in the .ts file that scripts/translations.sh made with lupdate; every other message is
left exactly as it is (the rest of the file belongs to the client's own translations). Run
scripts/translations.sh again afterwards to compile the .qm files, or let this script call
pyside6-lrelease with --release. Prints what is still missing; exit 1 when something is.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXTS = frozenset(
    {
        "HandoffTab",
        "QueueMonitorTab",
        "OpenCasesModel",
        "ReportPanel",
        "PlanningPanel",
        "FollowUpPanel",
        "FollowUpSettingsPage",
        "VisitDialog",
        "FollowUp",
        "AdminTab",
        "ImportPage",
        "UsersPage",
        "SettingsPage",
        "RetentionPage",
        "WijkPage",
        "GuidePage",
        "AuditLogPage",
        "DdasPage",
        "AuditKind",
        "JobsPage",
        "ForecastTab",
        "AuditDetail",
        "Page",
    }
)

#: "Context|source" entries win over plain sources.
EN: dict[str, str] = {
    # Tabs (only the three titles of these workplaces)
    "Tabs|Overdrachten": "Handoffs",
    "Tabs|Wachtrij en cijfers": "Queue and figures",
    "Tabs|Beheer": "Administration",
    "Tabs|Vooruitblik": "Outlook",
    # JobsPage (issue 15)
    "Gedeelde taken": "Shared jobs",
    "Elke geopende Vroegbel doet mee met de gedeelde taken (en een eventuele server met "
    "'vroegbel scheduler'); per tijdstip voert precies één werkplek een taak uit. Hier ziet u "
    "per taak wanneer die het laatst draaide, op welke werkplek, en de laatste fout van de "
    "afgelopen twee weken.": (
        "Every open Vroegbel takes part in the shared jobs (and a server running 'vroegbel "
        "scheduler', if any); at each moment exactly one workstation runs a job. Here you see "
        "per job when it last ran, on which workstation, and its last error of the past two "
        "weeks."
    ),
    "Gemiste belvensters doorschuiven": "Move missed calling windows on",
    "Verlopen reserveringen vrijgeven": "Release expired leases",
    "Overdrachten over de termijn markeren": "Flag handoffs past their target",
    "Nachtelijke opschoning (bewaartermijnen)": "Nightly purge (retention)",
    "Oude taakregistratie opruimen": "Prune the old job ledger",
    "nog niet gedraaid": "not run yet",
    "bezig, of de werkplek stopte halverwege": "running, or the workstation stopped halfway",
    "mislukt": "failed",
    "klaar": "done",
    "Taak": "Job",
    "Laatst gedraaid": "Last run",
    "Werkplek": "Workstation",
    "Resultaat": "Result",
    "Laatste fout": "Last error",
    "JobsPage|&Vernieuwen": "&Refresh",
    "Deze werkplek is aangemeld met een persoonlijke databaselogin en voert daarom zelf geen "
    "gedeelde taken uit: die draaien op de server met 'vroegbel scheduler' als eigenaar van de "
    "database. Staan de tijden hieronder stil, controleer dan die server.": (
        "This workstation is signed in with a personal database login and so runs no shared "
        "jobs itself: they run on the server with 'vroegbel scheduler' as the database owner. "
        "If the times below stand still, check that server."
    ),
    # ForecastTab (issue 15)
    "Vanaf": "From",
    "dagen": "days",
    "ForecastTab|&Vernieuwen": "&Refresh",
    "{0} (±{1} te laat)": "{0} (±{1} late)",
    "{0} belpogingen missen dit venster en schuiven door; bij ongeveer {1} bewoners loopt het "
    "belplan daardoor over de termijn heen.": (
        "{0} attempts will miss this window and move on; for about {1} residents the plan "
        "will run past its days because of it."
    ),
    "Dag": "Day",
    "ForecastTab|Tijdvak": "Slot",
    "Gepland": "Planned",
    "ForecastTab|Terugbellen": "Callbacks",
    "Beluren": "Agent hours",
    "Capaciteit": "Capacity",
    "Tekort": "Shortfall",
    "ROOSTER": "ROSTER",
    "Eén dienst per regel: naam;dag;begin;eind. Dag is ma t/m za (elke week) of een datum "
    "(JJJJ-MM-DD, een uitzondering voor die dag); 'naam;datum;vrij' betekent vrij op die "
    "datum.": (
        "One shift per line: name;day;start;end. Day is ma to za (Monday to Saturday, every "
        "week) or a date (YYYY-MM-DD, an exception for that day); 'name;date;vrij' means off "
        "on that date."
    ),
    "Rooster &opslaan": "&Save roster",
    "BEZETTING VOOR EEN MAAND SIGNALEN": "STAFFING FOR A MONTH OF SIGNALS",
    "Nieuwe signalen per maand": "New signals a month",
    "&Bereken": "&Calculate",
    "Bezig met berekenen…": "Calculating…",
    "Er is niets gepland in deze periode.": "Nothing is planned in this period.",
    "Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; bij ongeveer {1} "
    "bewoners loopt het belplan daardoor over de termijn heen. Zet meer bellers in op de rode "
    "tijdvakken.": (
        "Shortfall: {0} attempts will miss their window and move on; for about {1} residents "
        "the plan will run past its days because of it. Put more agents on the red slots."
    ),
    "Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; de belplannen blijven "
    "nog binnen de termijn. Zet meer bellers in op de rode tijdvakken.": (
        "Shortfall: {0} attempts will miss their window and move on; the plans still stay "
        "within their days. Put more agents on the red slots."
    ),
    "Het rooster dekt alle geplande belpogingen en terugbelafspraken.": (
        "The roster covers every planned attempt and callback."
    ),
    "Rooster opgeslagen: {0} regels.": "Roster saved: {0} lines.",
    "Beluren per maand: nodig / volgens rooster": "Agent hours a month: needed / on the roster",
    "Nog geen metingen: elke zaak krijgt zijn hele belplan.": (
        "Nothing measured yet: every case gets its whole plan."
    ),
    # AdminTab / page titles
    "Signalen inlezen": "Import signals",
    "Gebruikers en rollen": "Users and roles",
    "Belvensters en pogingen": "Calling windows and attempts",
    "Wijkindeling": "Neighbourhood mapping",
    "Gespreksleidraad": "Conversation guide",
    "Bewaartermijnen": "Retention",
    "Auditlog": "Audit log",
    "Levering aan CBS (DDAS)": "Delivery to CBS (DDAS)",
    # AuditDetail (the audit tab's details: counts and periods)
    "AuditDetail|regels": "rows",
    "AuditDetail|ingelezen": "imported",
    "AuditDetail|bij open zaak": "added to an open case",
    "AuditDetail|nieuwe zaken": "new cases",
    "AuditDetail|dubbel": "duplicates",
    "AuditDetail|afgewezen": "rejected",
    "AuditDetail|zonder telefoon": "without a phone",
    "AuditDetail|ongeldige nummers": "invalid numbers",
    "AuditDetail|overgedragen": "handed off",
    "AuditDetail|afgesloten": "closed",
    "AuditDetail|van": "from",
    "AuditDetail|t/m": "to",
    "AuditDetail|zaken": "cases",
    "AuditDetail|formaat": "format",
    "AuditDetail|coach": "coach",
    # AuditKind
    "Aangemeld": "Logged in",
    "Aanmelden mislukt": "Login failed",
    "Account geblokkeerd na mislukte pogingen": "Account locked after failed logins",
    "Toegang geweigerd": "Access refused",
    "Wachtwoord gewijzigd": "Password changed",
    "Wachtwoord wijzigen mislukt": "Password change failed",
    "Wachtwoord gereset": "Password reset",
    "Belregels doorgerekend": "Calling rules simulated",
    "Account aangemaakt": "Account created",
    "Account geblokkeerd": "Account locked",
    "Account gedeblokkeerd": "Account unlocked",
    "Account verwijderd": "Account removed",
    "Naam gewijzigd": "Name changed",
    "Rol gewijzigd": "Role changed",
    "Zaak opgepakt": "Case claimed",
    "Zaak teruggegeven": "Case given back",
    "Zaak vrijgegeven door teamleider": "Case released by team lead",
    "Reservering verlopen": "Lease expired",
    "Zaak toegewezen": "Case reassigned",
    "Uitkomst vastgelegd": "Outcome recorded",
    "Zaak ingezien": "Case viewed",
    "Persoonsgegevens ingezien": "Personal data viewed",
    "Telefoonnummer toegevoegd": "Phone number added",
    "Overdracht in behandeling": "Handoff taken",
    "Overdracht teruggegeven": "Handoff given back",
    "Contact budgetcoach": "Budget coach contact",
    "Geboden hulp vastgelegd": "Help offered recorded",
    "Overdracht afgesloten": "Handoff closed",
    "Cijfers bekeken": "Figures viewed",
    "Rapport geëxporteerd": "Report exported",
    "DDAS-levering": "DDAS delivery",
    "Signalen ingelezen": "Signals imported",
    "Contacthistorie ingelezen": "Contact history imported",
    "Instelling gewijzigd": "Setting changed",
    "Gesloten dag toegevoegd": "Closed day added",
    "Gesloten dag verwijderd": "Closed day removed",
    "Wijkindeling vervangen": "Neighbourhood mapping replaced",
    "Bewaartermijn: opgeschoond": "Retention: purged",
    # AuditLogPage
    "Wie deed wat, wanneer, bij welke zaak: inzage in persoonsgegevens, uitkomsten, exports, "
    "aanmeldingen en wijzigingen. Het log kan niet worden gewijzigd en bevat zelf geen "
    "persoonsgegevens.": (
        "Who did what, when, on which case: views of personal data, outcomes, exports, logins "
        "and changes. The log cannot be changed and holds no personal data itself."
    ),
    "Gebruiker": "User",
    "Zaaknummer": "Case number",
    "Alle soorten": "All kinds",
    "&Zoeken": "&Search",
    "van": "from",
    "t/m": "to",
    "Tijdstip": "Time",
    "Soort": "Kind",
    "Zaak": "Case",
    "Details": "Details",
    "◀ &Vorige": "◀ &Previous",
    "V&olgende ▶": "&Next ▶",
    "Een zaaknummer bestaat uit cijfers.": "A case number consists of digits.",
    "{0}–{1} van {2} gebeurtenissen": "{0}–{1} of {2} events",
    # DdasPage
    "De signalen, zaken en contactpogingen van een periode in het landelijke uitwisselmodel "
    "(DDAS 1.2), gecontroleerd tegen het schema voordat het bestand wordt geschreven. Lever "
    "het bestand aan via de gebruikelijke weg.": (
        "The signals, cases and contact attempts of a period in the national exchange model "
        "(DDAS 1.2), checked against the schema before the file is written. Deliver the file "
        "through the usual channel."
    ),
    "bijv. 0392 (Haarlem)": "e.g. 0392 (Haarlem)",
    "optioneel": "optional",
    "Meldingen van": "Signals from",
    "tot en met": "up to and including",
    "Gemeentecode": "Municipality code",
    "Leverancierscode": "Supplier code",
    "&Exporteren…": "&Export…",
    "Vul de gemeentecode in (vier cijfers).": "Enter the municipality code (four digits).",
    "DDAS-levering opslaan": "Save DDAS delivery",
    "JSON (*.json)": "JSON (*.json)",
    "Bezig met samenstellen en controleren…": "Building and checking…",
    "Opgeslagen in {0}: {1} signalen, {2} zaken, {3} contactpogingen ({4} gesprekken).": (
        "Saved to {0}: {1} signals, {2} cases, {3} contact attempts ({4} conversations)."
    ),
    # GuidePage
    "De tekst die bellers naast de zaak zien. Opmaak met Markdown: # kop, **vet**, - "
    "opsomming. Rechts ziet u hoe het eruitziet.": (
        "The text agents see beside the case. Formatting with Markdown: # heading, **bold**, "
        "- list. On the right you see how it looks."
    ),
    "Standaardtekst terugzetten": "Restore the default text",
    "&Opslaan": "&Save",
    "De gespreksleidraad is opgeslagen.": "The conversation guide has been saved.",
    "De standaardtekst staat weer klaar.": "The default text is back in place.",
    # HandoffTab
    "Overdrachten aan de budgetcoaches": "Handoffs to the budget coaches",
    "Alleen mijn zaken": "Only my cases",
    "Ook afgesloten": "Include closed",
    "&Vernieuwen": "&Refresh",
    "Spoed": "Urgent",
    "Bewoner": "Resident",
    "(gegevens verwijderd)": "(data purged)",
    "Wijk": "Neighbourhood",
    "Overdracht": "Handed off",
    "Lokaal": "Local",
    "Eerste gesprek volgens de gemeentelijke termijn": (
        "First conversation within the municipality's own target"
    ),
    "Wettelijk": "Legal",
    "Wgs art. 4: binnen 3 werkdagen bij dreiging, anders binnen 4 weken": (
        "Wgs art. 4: within 3 working days when threatened, otherwise within 4 weeks"
    ),
    "Coach": "Coach",
    "Hulpvraag": "Help requested",
    "verlopen": "overdue",
    "vandaag": "today",
    "gehaald": "met",
    "te laat": "late",
    "afgesloten": "closed",
    "nog niemand": "nobody yet",
    "ik": "me",
    "Kies links een overdracht om de gegevens van de bewoner te zien.": (
        "Choose a handoff on the left to see the resident's details."
    ),
    "Achterstanden per schuldeiser": "Arrears per creditor",
    "Hulpvraag en notities van de beller": "Help request and the agent's notes",
    "Contact door de budgetcoach": "Contact by the budget coach",
    "In &behandeling nemen": "&Take this case",
    "&Teruggeven": "&Give back",
    "Contactpoging vastleggen": "Record a contact attempt",
    "Bewoner gesproken": "Spoke to the resident",
    "Niet bereikt": "Not reached",
    "Korte notitie (geen BSN of medische details)": "Short note (no BSN or medical details)",
    "Contact &vastleggen": "&Record contact",
    "Geboden hulp": "Help offered",
    "Contactpoging": "Contact attempt",
    "Uitkomst geweigerd (zaak niet in behandeling)": "Outcome refused (case not held)",
    "Geboden hulp &opslaan": "&Save help offered",
    "Afsluiten": "Close",
    "&Afsluiten…": "&Close…",
    "Hulp geboden": "Help delivered",
    "Bewoner wil toch geen hulp": "Resident declined help after all",
    "Geen hulp nodig": "No help needed",
    "Al in schuldhulptraject": "Already in debt counselling",
    "Bewoner niet bereikt": "Resident not reached",
    "Ingetrokken": "Withdrawn",
    "{0} open, waarvan {1} met spoed en {2} nog zonder coach.": (
        "{0} open, of which {1} urgent and {2} without a coach yet."
    ),
    "{0} over de wettelijke termijn.": "{0} past the legal deadline.",
    "(persoonsgegevens verwijderd)": "(personal data purged)",
    "  · SPOED": "  · URGENT",
    "Lokale termijn: {0} · wettelijke termijn: {1}": "Local target: {0} · legal deadline: {1}",
    "BSN": "BSN",
    "Geboren": "Born",
    "Ook genoemd": "Also named",
    "Adres": "Address",
    " (onjuist)": " (wrong)",
    "Telefoon": "Phone",
    "E-mail": "E-mail",
    "Totaal": "Total",
    "<b>Gevraagde hulp:</b> {0}": "<b>Help requested:</b> {0}",
    "<b>Hulpvraag:</b> {0}": "<b>Request:</b> {0}",
    "gesproken": "spoke",
    "niet bereikt": "not reached",
    "Nog geen contactpogingen.": "No contact attempts yet.",
    "U heeft deze overdracht in behandeling genomen.": "You have taken this handoff.",
    "De overdracht is teruggegeven aan alle budgetcoaches.": (
        "The handoff has been given back to all budget coaches."
    ),
    "Het contact is vastgelegd.": "The contact has been recorded.",
    "De geboden hulp is opgeslagen.": "The help offered has been saved.",
    "De overdracht en de zaak zijn afgesloten.": "The handoff and the case have been closed.",
    "Overdracht afsluiten": "Close handoff",
    "Overdracht afsluiten als “{0}”? Daarmee wordt ook de zaak gesloten.": (
        "Close the handoff as “{0}”? This closes the case too."
    ),
    # ImportPage
    "Lees een signaalbestand van de schuldeisers in (CSV of Excel). Goede regels worden "
    "ingelezen; regels met een fout staan hieronder met regelnummer en reden. Sla ze op, "
    "verbeter ze en lees het bestand opnieuw in: wat al bekend is wordt overgeslagen.": (
        "Import a signal file from the creditors (CSV or Excel). Good rows are imported; rows "
        "with an error are listed below with their line number and reason. Save them, correct "
        "them and import the file again: what is already known is skipped."
    ),
    "Kies een bestand…": "Choose a file…",
    "&Bladeren…": "&Browse…",
    "&Inlezen": "&Import",
    "Regel": "Line",
    "Reden": "Reason",
    "Inhoud van de regel": "Content of the line",
    "AFGEWEZEN REGELS": "REJECTED ROWS",
    "Afgewezen regels &opslaan als CSV…": "&Save rejected rows as CSV…",
    "Signaalbestand kiezen": "Choose a signal file",
    "Signaalbestanden (*.csv *.xlsx);;Alle bestanden (*)": (
        "Signal files (*.csv *.xlsx);;All files (*)"
    ),
    "Kies eerst een bestand.": "Choose a file first.",
    "Bezig met inlezen van {0}…": "Importing {0}…",
    "<b>{0}</b> regels gelezen: <b>{1}</b> ingelezen ({2} nieuwe zaken, {3} bij een open "
    "zaak gevoegd), {4} al bekend, <b>{5}</b> afgewezen.": (
        "<b>{0}</b> rows read: <b>{1}</b> imported ({2} new cases, {3} added to an open "
        "case), {4} already known, <b>{5}</b> rejected."
    ),
    "{0} regel(s) afgewezen. Sla ze op als CSV, verbeter ze en lees ze opnieuw in.": (
        "{0} row(s) rejected. Save them as CSV, correct them and import them again."
    ),
    "Alle regels zijn ingelezen.": "All rows have been imported.",
    "Afgewezen regels opslaan": "Save rejected rows",
    "CSV-bestand (*.csv)": "CSV file (*.csv)",
    "Opgeslagen: {0}": "Saved: {0}",
    # OpenCasesModel
    "Gemeld op": "Reported on",
    "Achterstand": "Arrears",
    "Pogingen": "Attempts",
    "Volgend belvenster": "Next calling window",
    "Terugbellen": "Callback",
    "Bij beller": "With agent",
    "morgen": "tomorrow",
    "gisteren": "yesterday",
    "wacht op telefoonnummer": "waiting for a phone number",
    "{0} sinds {1}": "{0} since {1}",
    # QueueMonitorTab
    "Live wachtrij": "Live queue",
    "Cijfers per periode": "Figures per period",
    "Planning en contactkansen": "Planning and contact rates",
    # PlanningPanel (issue 19)
    "&Doorrekenen": "&Calculate",
    "&Maximaal pogingen": "&Maximum attempts",
    "Bezig met doorrekenen…": "Calculating…",
    "Binnen &dagen": "Within &days",
    "Contactkansen &verversen": "&Refresh contact rates",
    "Gemeten": "Measured",
    "Gesprekken per zaak": "Calls per case",
    "Hele gemeente": "Whole municipality",
    "Huidige regels": "Current rules",
    "Instelling": "Settings",
    "Minimaal &avond": "Minimum &evening",
    "Minimaal &zaterdag": "Minimum &Saturday",
    "Nog geen pogingen in dit tijdvak.": "No attempts in this slot yet.",
    "Planner rekent met": "Planner uses",
    "Regels": "Rules",
    "Verwacht bereik": "Expected reach",
    "Voorgesteld": "Proposed",
    "Wat als: andere belregels op eigen cijfers": "What if: other calling rules on our own figures",
    "{0} pogingen, {1} avond, {2} zaterdag, {3} dagen": (
        "{0} attempts, {1} evening, {2} Saturday, {3} days"
    ),
    "{0} · {1} pog.": "{0} · {1} att.",
    "{0} pogingen, {1} met contact (gemeten {2}); de planner rekent met {3}.": (
        "{0} attempts, {1} with contact (measured {2}); the planner uses {3}."
    ),
    "Speelt de zaken van de periode na met de contactkansen van hun eigen pogingen per wijk en "
    "tijdvak; beide regelsets krijgen dezelfde toevalsgetallen.": (
        "Replays the period's cases with the contact rates of their own attempts per "
        "neighbourhood and slot; both rule sets get the same random numbers."
    ),
    "Contact per wijk en tijdvak van {0} tot en met {1} ({2} weken), zoals de planner ermee "
    "rekent: een wijk met weinig pogingen weegt mee met {3} pogingen van de hele gemeente.": (
        "Contact per neighbourhood and slot from {0} to {1} ({2} weeks), as the planner uses "
        "it: a neighbourhood with few attempts is weighed with {3} attempts of the whole "
        "municipality."
    ),
    "{0} zaken en {1} belpogingen nagespeeld (werkelijk bereik {2}); seed {3}.": (
        "{0} cases and {1} calls replayed (actual reach {2}); seed {3}."
    ),
    "Nu te bellen": "Due now",
    "Vandaag gepland": "Planned today",
    "Terugbellen vandaag": "Callbacks today",
    "Venster gemist": "Window missed",
    "Bij een beller": "With an agent",
    "Zonder nummer": "No number",
    "Coach te laat": "Coach overdue",
    "Open zaken": "Open cases",
    "Alle open zaken": "All open cases",
    "Belvenster verstreken": "Window passed",
    "Zonder telefoonnummer": "Without a phone number",
    "Alle wijken": "All neighbourhoods",
    "Beller": "Agent",
    "Sinds": "Since",
    "Tot": "Until",
    "Zaken bij een beller": "Cases held by an agent",
    "Kies een zaak.": "Choose a case.",
    "&Vrijgeven": "&Release",
    "Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)": (
        "Put the case back in the queue (the agent can no longer save on it)"
    ),
    "&Toewijzen": "&Assign",
    "Zaak aan de gekozen beller geven": "Give the case to the chosen agent",
    "Toewijzen aan": "Assign to",
    "Gesprekken": "Conversations",
    "Hulpvragen": "Help requests",
    "Laatste": "Last",
    "Bellers vandaag": "Agents today",
    "Termijn": "Deadline",
    "wettelijk {0}": "legal {0}",
    "lokaal {0}": "local {0}",
    "ja": "yes",
    "Overdrachten zonder gesprek na de termijn": (
        "Handoffs without a conversation past the deadline"
    ),
    "geen": "none",
    "{0} nu aan de beurt": "{0} due now",
    "verstreken zonder poging; {0} eerder gemist": "passed without an attempt; {0} missed before",
    "{0} open zaken in totaal": "{0} open cases in all",
    "zonder geldig nummer": "without a valid number",
    "{0} over de wettelijke termijn; {1} open": "{0} past the legal deadline; {1} open",
    "Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.": (
        "Updated at {0}; refreshes itself as soon as something changes."
    ),
    "{0} van {1} zaken geladen (meer bij verder scrollen)": (
        "{0} of {1} cases loaded (more as you scroll)"
    ),
    "{0} zaken": "{0} cases",
    "Zaak {0} (bij {1})": "Case {0} (with {1})",
    "Zaak {0}": "Case {0}",
    "Zaak {0} is vrijgegeven en staat weer in de wachtrij.": (
        "Case {0} has been released and is back in the queue."
    ),
    "Zaak {0} was al bij niemand in behandeling.": "Case {0} was not held by anyone.",
    "Zaak {0} is toegewezen aan {1}.": "Case {0} has been assigned to {1}.",
    # ReportPanel
    "Meldingen &van": "Signals &from",
    "&tot en met": "&to",
    "Cijfers &tonen": "&Show figures",
    "Exporteren:": "Export:",
    "Het rapport van deze periode opslaan als {0}": "Save this period's report as {0}",
    "Kies een periode en druk op ‘Cijfers tonen’.": "Choose a period and press ‘Show figures’.",
    "Bereik en hulpacceptatie per wijk": "Reach and help acceptance per neighbourhood",
    "Zaken": "Cases",
    "Bereikt": "Reached",
    "Bereik": "Reach",
    "Hulp": "Help",
    "Acceptatie": "Acceptance",
    "Tijdvak": "Slot",
    "Belpogingen": "Call attempts",
    "Contact per poging": "Contact per attempt",
    "Contact": "Contact",
    "Per wijk": "Per neighbourhood",
    "Contact per tijdvak": "Contact per slot",
    "Per kanaal": "Per channel",
    "Vervolg: brief, kaartje, huisbezoek": "Follow-up: letter, card, home visit",
    "&Vergelijken met meldingen van": "&Compare with signals from",
    "Vergeleken met {0}: bereik van {1} naar {2} ({3} procentpunt), hulpacceptatie van "
    "{4} naar {5} ({6} procentpunt).": (
        "Compared with {0}: reach from {1} to {2} ({3} percentage points), acceptance from "
        "{4} to {5} ({6} percentage points)."
    ),
    "Alle kanalen": "All channels",
    "Vervolg en brief": "Follow-up and letter",
    "Daarna teruggebeld": "Called back after",
    "Wat volgt op een belplan zonder contact, en de tekst van de brief en het kaartje. In een "
    "sjabloon staan velden tussen accolades: {0}.": (
        "What follows a call plan without contact, and the text of the letter and the card. A "
        "template has fields between braces: {0}."
    ),
    "Kaartje door de bus": "Card through the door",
    "Huisbezoek door het wijkteam": "Home visit by the neighbourhood team",
    "Geen vervolg": "No follow-up",
    "Vervolg na het belplan": "Follow-up after the call plan",
    "Briefhoofd": "Letterhead",
    "Telefoonnummer callcenter": "Call centre phone number",
    "Bereikbaar": "Opening hours",
    "Brief (Nederlands)": "Letter (Dutch)",
    "Brief (Engels)": "Letter (English)",
    "Kaartje (Nederlands)": "Card (Dutch)",
    "Kaartje (Engels)": "Card (English)",
    "Sjabloon": "Template",
    "Brieven afdrukken…": "Print letters…",
    "Kaartjes afdrukken…": "Print cards…",
    "Bezoeklijst Excel…": "Visit list Excel…",
    "Bezoeklijst PDF…": "Visit list PDF…",
    "Bezoekresultaat…": "Visit result…",
    "Bewoners die het belplan niet bereikte.": "Residents the call plan did not reach.",
    "Laatste bezoek": "Last visit",
    "Kenmerk": "Reference",
    "{0} bewoners op de vervolglijst.": "{0} residents on the follow-up list.",
    "Opslaan als PDF": "Save as PDF",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Excel (*.xlsx)": "Excel (*.xlsx)",
    "Er is niets meer te versturen.": "There is nothing left to send.",
    "Als verstuurd vastleggen?": "Record as sent?",
    "{0} stuks staan in {1}. Zijn ze afgedrukt en gaan ze op de post? Dan worden ze als "
    "verstuurd vastgelegd (eenmaal per bewoner).": (
        "{0} items are in {1}. Are they printed and going in the post? Then they are recorded "
        "as sent (once per resident)."
    ),
    "Afgedrukt, niet als verstuurd vastgelegd.": "Printed, not recorded as sent.",
    "{0} als verstuurd vastgelegd.": "{0} recorded as sent.",
    "Bezoeklijst opslaan": "Save visit list",
    "Bezoeklijst met {0} adressen opgeslagen.": "Visit list with {0} addresses saved.",
    "Kies eerst een bewoner in de lijst.": "Choose a resident in the list first.",
    "Huisbezoek vastgelegd.": "Home visit recorded.",
    "Huisbezoek vastleggen": "Record a home visit",
    "&Resultaat": "&Result",
    "Niet thuis": "Not at home",
    "Kaartje achtergelaten": "Card left",
    "Verhuisd": "Moved away",
    "Weigert (hulp afgewezen)": "Refused (help declined)",
    "Gesproken, geen hulpvraag": "Spoken, no need for help",
    "Gesproken, al in schuldhulp": "Spoken, already in debt help",
    "Gesproken, hulp geaccepteerd": "Spoken, help accepted",
    "Kanaal": "Channel",
    "Per beller": "Per agent",
    "Budgetcoaches: tijd tot eerste gesprek": "Budget coaches: time to first conversation",
    "{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp ({5} van de "
    "bereikten). {6} belpogingen, {7} gesprekken.": (
        "{0}: {1} signals, {2} residents reached ({3}), {4} accepted help ({5} of those "
        "reached). {6} call attempts, {7} conversations."
    ),
    "{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen (gemiddeld {4}). "
    "Binnen de lokale termijn: {5}; binnen de wettelijke termijn: {6}.": (
        "{0} handoffs; {1} spoken to, {2} still waiting. Median {3} working days (mean {4}). "
        "Within the local target: {5}; within the legal deadline: {6}."
    ),
    "Geen overdrachten in deze periode.": "No handoffs in this period.",
    "Bereik (% van de meldingen)": "Reach (% of signals)",
    "Hulpacceptatie (% van de bereikten)": "Help acceptance (% of those reached)",
    "Excel-werkmap (*.xlsx)": "Excel workbook (*.xlsx)",
    "PDF-document (*.pdf)": "PDF document (*.pdf)",
    "Rapport opslaan": "Save report",
    "De cijfers worden berekend…": "Computing the figures…",
    "Annuleren": "Cancel",
    "Rapport exporteren": "Export report",
    "Het bestand wordt geschreven…": "Writing the file…",
    "De export wordt vastgelegd…": "Recording the export…",
    "Rapport opgeslagen: {0}": "Report saved: {0}",
    # RetentionPage
    "Persoonsgegevens worden na de bewaartermijn verwijderd; de anonieme cijfers blijven. Een "
    "zaak die zonder hulp is gesloten wordt opgeschoond na de eerste termijn; een "
    "overgedragen zaak pas als de budgetcoach haar heeft afgesloten, plus de tweede termijn. "
    "Open zaken blijven altijd staan. Het opschonen gebeurt elke nacht vanzelf.": (
        "Personal data is removed after the retention period; the anonymous figures stay. A "
        "case closed without help is purged after the first period; a handed-off case only "
        "once the budget coach has closed it, plus the second period. Open cases always stay. "
        "The purge runs by itself every night."
    ),
    "Gesloten zonder hulp: bewaren (maanden)": "Closed without help: keep (months)",
    "Na afsluiting door de coach: bewaren (maanden)": "After the coach closed it: keep (months)",
    "Scherm vergrendelen na (minuten zonder invoer)": "Lock the screen after (minutes idle)",
    "&Proefdraaien: wat zou nu worden opgeschoond?": "&Dry run: what would be purged now?",
    "Er is niets gewijzigd.": "Nothing was changed.",
    "{0} instelling(en) opgeslagen.": "{0} setting(s) saved.",
    "Bezig…": "Working…",
    # SettingsPage
    "Belvensters, pogingen en gesloten dagen": "Calling windows, attempts and closed days",
    "Wanneer er gebeld wordt en hoe vaak. Op zondagen en Nederlandse feestdagen wordt nooit "
    "gebeld; extra gesloten dagen (bijv. 5 mei of 24 december) voegt u hieronder toe. "
    "Wijzigingen gelden voor alle werkplekken.": (
        "When calls are made and how often. There are never calls on Sundays and Dutch public "
        "holidays; add extra closed days (e.g. 5 May or 24 December) below. Changes apply to "
        "every workstation."
    ),
    "BELVENSTERS": "CALLING WINDOWS",
    "SettingsPage|tot": "to",
    "POGINGEN EN TERMIJNEN": "ATTEMPTS AND DEADLINES",
    "EXTRA GESLOTEN DAGEN": "EXTRA CLOSED DAYS",
    "Datum": "Date",
    "Reden, bijv. Bevrijdingsdag": "Reason, e.g. Liberation Day",
    "&Toevoegen": "&Add",
    "Ve&rwijderen": "&Remove",
    "Instellingen &opslaan": "&Save settings",
    "Wijzigingen ongedaan maken": "Undo changes",
    "Maximaal aantal belpogingen": "Maximum number of call attempts",
    "Minimaal aantal pogingen in de avond": "Minimum number of evening attempts",
    "Minimaal aantal pogingen op zaterdag": "Minimum number of Saturday attempts",
    "Alle pogingen binnen (kalenderdagen)": "All attempts within (calendar days)",
    "Een zaak blijft gereserveerd (minuten)": "A case stays reserved (minutes)",
    "Terugbelafspraak voorbehouden (minuten)": "Callback reserved for its agent (minutes)",
    "Lokale termijn eerste gesprek coach (werkdagen)": (
        "Local target for the coach's first conversation (working days)"
    ),
    "Wettelijke termijn bij dreiging (werkdagen)": "Legal deadline when threatened (working days)",
    "Wettelijke termijn overig (weken)": "Legal deadline otherwise (weeks)",
    # UsersPage
    "Iedereen meldt zich aan met een eigen account. Een nieuw of gereset account krijgt een "
    "tijdelijk wachtwoord dat de gebruiker bij de eerste aanmelding zelf vervangt. Geef het "
    "tijdelijke wachtwoord persoonlijk door.": (
        "Everyone logs in with their own account. A new or reset account gets a temporary "
        "password that the user replaces at the first login. Hand the temporary password over "
        "in person."
    ),
    "verwijderd": "removed",
    "geblokkeerd": "locked",
    "moet wachtwoord kiezen": "must choose a password",
    "actief": "active",
    "Gebruikersnaam": "User name",
    "Naam": "Name",
    "Rol": "Role",
    "Status": "Status",
    "Laatst aangemeld": "Last login",
    "&Blokkeren": "&Lock",
    "&Deblokkeren": "&Unlock",
    "&Wachtwoord resetten…": "Reset &password…",
    "NIEUW ACCOUNT": "NEW ACCOUNT",
    "bijv. jdevries": "e.g. jdevries",
    "bijv. Jan de Vries": "e.g. Jan de Vries",
    "Account &aanmaken": "&Create account",
    "{0} is geblokkeerd.": "{0} has been locked.",
    "{0} kan zich weer aanmelden.": "{0} can log in again.",
    "Tijdelijk wachtwoord voor {0}: {1} — geef het persoonlijk door; het wordt niet nog eens "
    "getoond.": (
        "Temporary password for {0}: {1} — hand it over in person; it is not shown again."
    ),
    "Vul een gebruikersnaam in.": "Enter a user name.",
    # WijkPage
    "Welke postcode bij welke wijk hoort, zoals de gemeente erover rapporteert. Een "
    "postcodegebied (2031) of een hele postcode (2031AB); de langste overeenkomst telt. Een "
    "postcode zonder wijk komt in ‘Onbekend’.": (
        "Which postcode belongs to which neighbourhood, as the municipality reports on them. "
        "A postcode area (2031) or a full postcode (2031AB); the longest match counts. A "
        "postcode without a neighbourhood goes to ‘Onbekend’ (unknown)."
    ),
    "Postcode": "Postcode",
    "Regel &toevoegen": "&Add row",
    "Regel ve&rwijderen": "&Remove row",
    "&Inlezen uit CSV…": "&Import from CSV…",
    "{0} regels": "{0} rows",
    "Wijkindeling inlezen": "Import neighbourhood mapping",
    "Het bestand kan niet gelezen worden: {0}": "The file cannot be read: {0}",
    "{0} regels ingelezen; controleer ze en druk op Opslaan.": (
        "{0} rows read; check them and press Save."
    ),
    "Wijkindeling opgeslagen ({0} regels).": "Neighbourhood mapping saved ({0} rows).",
}

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(path: Path) -> list[str]:
    """Fill this module's messages in `path`; returns the ones still missing."""
    tree = ET.parse(path)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = f"{name}|{source}"
            if name not in CONTEXTS and key not in EN:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.get("type") is None and (translation.text or "").strip():
                continue  # finished: never overwritten
            value = EN.get(key, EN.get(source))
            if value is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = value
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    release = "--release" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    status = 0
    for path in paths:
        missing = fill(path)
        for item in missing:
            print(f"{path.name}: no English for {item}", file=sys.stderr)
        status = status or (1 if missing else 0)
        if release:
            qm = path.with_suffix(".qm")
            bin_dir = Path(sys.executable).parent
            subprocess.run(
                [str(bin_dir / "pyside6-lrelease"), str(path), "-qm", str(qm)], check=True
            )
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
