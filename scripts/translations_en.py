"""English for the Dutch source strings of the client, used by scripts/fill_translations.py.

Keys are the Dutch source text (as lupdate writes it, `&` accelerators included); a key
"Context|source" wins over the plain source for that context. Plural messages (`%n`) map to a
tuple (singular, plural). Add entries here when new strings appear, then run
scripts/translations.sh; strings already translated in the .ts file are never overwritten.
"""

from __future__ import annotations

EN: dict[str, str | tuple[str, str]] = {
    # App
    "Demodatabase": "Demo database",
    "Database": "Database",
    "Lokale database": "Local database",
    "De demodatabase wordt bij de eerste keer aangemaakt.": (
        "The demo database is created the first time."
    ),
    "Taal": "Language",
    "Vergrendeld": "Locked",
    "Uw account is gewijzigd; meld u opnieuw aan.": (
        "Your account has changed; please log in again."
    ),
    # Login: what is wrong with a database URL (issue 16)
    "Het database-adres begint niet met een type zoals postgresql+psycopg:// of sqlite:///.": (
        "The database address does not start with a type such as postgresql+psycopg:// or "
        "sqlite:///."
    ),
    "Het poortnummer in het database-adres is geen getal.": (
        "The port number in the database address is not a number."
    ),
    "Het database-adres is onleesbaar; voorbeeld: postgresql+psycopg://naam@server/vroegbel.": (
        "The database address cannot be read; for example: "
        "postgresql+psycopg://name@server/vroegbel."
    ),
    "Onbekend databasetype '{0}'; gebruik postgresql+psycopg of sqlite.": (
        "Unknown database type '{0}'; use postgresql+psycopg or sqlite."
    ),
    # NextCallTab: the lease ran out on screen
    "De reservering van deze zaak is verlopen; sla de uitkomst nu op, anders kan een collega "
    "deze bewoner bellen.": (
        "Your reservation of this case has expired; save the outcome now, or a colleague may "
        "call this resident."
    ),
    "De reservering van zaak {0} is verlopen; de zaak is terug in de wachtrij.": (
        "Your reservation of case {0} has expired; the case is back in the queue."
    ),
    "De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt.": (
        "The new language applies from the next time you log in."
    ),
    # Channel (issue 14)
    "Telefoon (uitgaand)": "Phone (outbound)",
    "Telefoon (inwoner belt)": "Phone (resident called)",
    "Brief": "Letter",
    "Kaartje": "Card",
    "Huisbezoek": "Home visit",
    "SMS/WhatsApp": "Text/WhatsApp",
    "E-mail": "E-mail",
    "Verstuurd": "Sent",
    "Kaartje achtergelaten": "Card left",
    "Verhuisd": "Moved away",
    # InboundDialog (issue 14)
    "InboundDialog|Inwoner belt terug": "Resident calls back",
    "Zoek de zaak op het nummer waarmee de bewoner belt, op achternaam met postcode en "
    "huisnummer, of op kenmerk of zaaknummer.": (
        "Find the case by the number the resident calls from, by last name with postcode and "
        "house number, or by reference or case number."
    ),
    "bijv. 06 12345678": "e.g. 06 12345678",
    "&Telefoonnummer": "&Phone number",
    "&Achternaam": "&Last name",
    "bijv. 2031 AB": "e.g. 2031 AB",
    "&Postcode": "&Postcode",
    "&Huisnummer": "&House number",
    "&Kenmerk of zaaknummer": "&Reference or case number",
    "&Zoeken": "&Search",
    "InboundDialog|Naam": "Name",
    "InboundDialog|Status": "Status",
    "InboundDialog|Adres": "Address",
    "InboundDialog|Wijk": "Neighbourhood",
    "InboundDialog|Zaak": "Case",
    "Zaak &openen": "&Open case",
    "Zoeken…": "Searching…",
    "Geen zaak gevonden. Vraag naar een ander gegeven.": ("No case found. Ask for another detail."),
    "Meer dan {0} zaken gevonden; alleen de eerste {0} staan hier. Zoek nauwkeuriger.": (
        "More than {0} cases found; only the first {0} are listed. Search more precisely."
    ),
    "loopt": "in progress",
    "bij de budgetcoach": "with the budget coach",
    "afgesloten, niet bereikt": "closed, not reached",
    "afgesloten na gesprek": "closed after a conversation",
    # NextCallTab (issue 14)
    "NextCallTab|Inwoner belt terug": "Resident calls back",
    "De zaak zoeken van een bewoner die zelf belt (F6)": (
        "Find the case of a resident who calls us (F6)"
    ),
    "Inwoner belt terug · zaak was afgesloten zonder contact": (
        "Resident calls back · the case had closed without contact"
    ),
    "De zaak wordt geopend…": "Opening the case…",
    "Leg het gesprek vast met een van de uitkomsten; het telt als bereikt en gebruikt geen "
    "belpoging.": (
        "Record the conversation with one of the outcomes; it counts as reached and uses no "
        "call attempt."
    ),
    # AttemptsModel
    "Wanneer": "When",
    "Tijdvak": "Slot",
    "Uitkomst": "Outcome",
    "Beller": "Agent",
    "Notitie": "Note",
    # CallbackDialog
    "Terugbelafspraak maken": "Make a callback appointment",
    "Kies samen met de bewoner een dag en tijd binnen de beltijden. Grijze dagen zijn gesloten "
    "(zondag, feestdag of sluitingsdag). U krijgt de afspraak tot 15 minuten na het tijdstip "
    "zelf; daarna mag een collega bellen.": (
        "Choose a day and time within calling hours together with the resident. Grey days are "
        "closed (Sunday, public holiday or closing day). The appointment is yours until 15 "
        "minutes after the time; after that a colleague may call."
    ),
    "&Tijd": "&Time",
    "Afspraak &opslaan": "&Save appointment",
    "Op deze dag wordt niet gebeld": "No calls on this day",
    "Geen beltijden op deze dag": "No calling hours on this day",
    "Kies een dag met beltijden.": "Choose a day with calling hours.",
    "Terugbellen op {0}.": "Call back on {0}.",
    # ChangePasswordDialog
    "Kies een eigen wachtwoord": "Choose your own password",
    "U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord van minstens "
    "12 tekens dat u nergens anders gebruikt.": (
        "You logged in with a temporary password. Now choose your own password of at least "
        "12 characters that you do not use anywhere else."
    ),
    "&Huidig wachtwoord": "&Current password",
    "&Nieuw wachtwoord": "&New password",
    "Nieuw wachtwoord &herhalen": "&Repeat new password",
    "De twee nieuwe wachtwoorden zijn niet gelijk.": "The two new passwords are not the same.",
    # Creditor
    "Huur": "Rent",
    "Energie": "Energy",
    "Drinkwater": "Drinking water",
    "Zorgverzekering": "Health insurance",
    "Overig": "Other",
    # DatabaseDialog
    "Het adres van de gedeelde database van het team, bijvoorbeeld "
    "postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. Een "
    "wachtwoord wordt niet in de instellingen bewaard.": (
        "The address of the team's shared database, for example "
        "postgresql+psycopg://name@server/vroegbel. Empty: the database on this computer. A "
        "password is not kept in the settings."
    ),
    "Database-&URL": "Database &URL",
    "alleen voor een server die erom vraagt": "only for a server that asks for one",
    "Database-&wachtwoord": "Database &password",
    "Dit is geen geldig database-adres.": "This is not a valid database address.",
    # HelpRequestDialog
    "Hulpvraag vastleggen": "Record the request for help",
    "De bewoner neemt het hulpaanbod aan. Een budgetcoach van de gemeente neemt contact op; "
    "kies waar de bewoner hulp bij wil.": (
        "The resident accepts the offer of help. A budget coach of the municipality will get in "
        "touch; choose what the resident wants help with."
    ),
    "Gewenste hulp (minstens één)": "Help wanted (at least one)",
    "&Urgent — er dreigt iets op korte termijn": "&Urgent — something is about to happen",
    "Urgent is: dreigende huisuitzetting, afsluiting van gas, stroom, warmte of water, "
    "beëindiging van de zorgverzekering of een zitting bij de rechter. De coach spreekt de "
    "bewoner dan binnen 3 werkdagen, anders binnen 4 weken.": (
        "Urgent means: threatened eviction, disconnection of gas, electricity, heat or water, "
        "termination of the health insurance or a court hearing. The coach then speaks to the "
        "resident within 3 working days, otherwise within 4 weeks."
    ),
    "&Toelichting voor de budgetcoach": "&Note for the budget coach",
    "Bijvoorbeeld: wat speelt er, wanneer is de bewoner goed bereikbaar.": (
        "For example: what is going on, when is the resident easy to reach."
    ),
    "Hulpvraag &opslaan": "&Save request for help",
    "Kies minstens één soort hulp.": "Choose at least one kind of help.",
    # HelpType
    "Betalingsregeling": "Payment arrangement",
    "Advies over geldzaken (telefonisch)": "Advice on money matters (by phone)",
    "Budgetondersteuning op Maat (BooM)": "Tailored budget support (BooM)",
    "Schuldhulpverlening": "Debt counselling",
    "Luisterend oor": "A listening ear",
    "Anders": "Other",
    # LockDialog
    "Scherm vergrendeld": "Screen locked",
    "Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord in om "
    "verder te werken als {0}.": (
        "The screen was locked because nothing happened for a while. Enter your password to "
        "continue as {0}."
    ),
    "&Wachtwoord": "&Password",
    "&Ontgrendelen": "&Unlock",
    "&Afmelden": "&Log out",
    # LoginDialog
    "Meld u aan met uw eigen gebruikersnaam en wachtwoord.": (
        "Log in with your own user name and password."
    ),
    "DEMO — oefenomgeving met verzonnen gegevens.": (
        "DEMO — practice environment with made-up data."
    ),
    "Aanmelden bij Vroegbel": "Log in to Vroegbel",
    "&Gebruikersnaam": "&User name",
    "&Aanmelden": "&Log in",
    "&Database…": "&Database…",
    "Af&sluiten": "&Quit",
    "Bezig met aanmelden…": "Logging in…",
    "Vul uw gebruikersnaam en wachtwoord in.": "Enter your user name and password.",
    "U moet eerst een eigen wachtwoord kiezen.": "You must choose your own password first.",
    # MainWindow
    "DEMO — oefenomgeving met verzonnen gegevens. Niets hiervan is echt en niets wordt naar de "
    "gemeente gestuurd.": (
        "DEMO — practice environment with made-up data. None of this is real and nothing is "
        "sent to the municipality."
    ),
    "Vroegbel — vroegsignalering": "Vroegbel — early detection of debts",
    "DEMO — {0}": "DEMO — {0}",
    "Dit onderdeel kon niet worden geladen.": "This part could not be loaded.",
    "Voor uw rol is er in deze versie geen werkscherm.": (
        "There is no work screen for your role in this version."
    ),
    "Welkom": "Welcome",
    "&Vroegbel": "&Vroegbel",
    "&Taal": "&Language",
    "Scherm &vergrendelen": "&Lock screen",
    "A&fsluiten": "&Quit",
    "&Help": "&Help",
    "&Over Vroegbel": "&About Vroegbel",
    "{0} ({1})": "{0} ({1})",
    "● Database niet bereikbaar": "● Database unreachable",
    "● {0} verbonden": "● {0} connected",
    "%n uitkomst(en) wachten op verzending": (
        "%n outcome waiting to be sent",
        "%n outcomes waiting to be sent",
    ),
    "Alles verzonden": "Everything sent",
    "Over Vroegbel": "About Vroegbel",
    "<h3>Vroegbel {0}</h3><p>Bellen voor vroegsignalering van schulden: bewoners met "
    "betalingsachterstanden persoonlijk bereiken en, als zij dat willen, doorverwijzen naar een "
    "budgetcoach van de gemeente.</p><p>Licentie: EUPL-1.2.</p>": (
        "<h3>Vroegbel {0}</h3><p>Calling for the early detection of debts: reaching residents "
        "with payment arrears in person and, if they wish, referring them to a budget coach of "
        "the municipality.</p><p>Licence: EUPL-1.2.</p>"
    ),
    # Moment
    "vandaag om {0}": "today at {0}",
    "morgen om {0}": "tomorrow at {0}",
    "{0} {1} om {2}": "{0} {1} at {2}",
    # NextCallTab
    "Volgende oproep": "Next call",
    "Volgende bewoner bellen (F5 of Ctrl+N)": "Call the next resident (F5 or Ctrl+N)",
    "Klaar voor het volgende gesprek": "Ready for the next call",
    "Druk op Volgende oproep (F5) om de volgende bewoner te bellen.": (
        "Press Next call (F5) to call the next resident."
    ),
    "Eerdere pogingen": "Earlier attempts",
    "Telefoon": "Phone",
    "Adres": "Address",
    "Wijk": "Neighbourhood",
    "Schuldeisers": "Creditors",
    "Totale achterstand": "Total arrears",
    "Pogingen": "Attempts",
    "&Notities bij dit gesprek": "&Notes on this call",
    # Issue 19: why this slot, and the household's "best reachable" hint
    "Waarom dit tijdvak": "Why this slot",
    "Bereikbaar": "Reachable",
    "&Beste bereikbaar": "&Best reachable",
    "(niets gehoord)": "(nothing heard)",
    "Hoorde u van een huisgenoot of de bewoner wanneer die beter bereikbaar is? Kies een "
    "tijdvak of typ een tijd (19:30). Geldt bij geen gehoor, voicemail, in gesprek en een "
    "terugbelafspraak.": (
        "Did a member of the household or the resident say when they are easier to reach? "
        "Choose a slot or type a time (19:30). Applies to no answer, voicemail, busy and a "
        "callback appointment."
    ),
    "Wat is besproken? Geen medische of andere gevoelige details.": (
        "What was discussed? No medical or other sensitive details."
    ),
    "Uitkomst van dit gesprek": "Outcome of this call",
    "Ctrl+1 … Ctrl+9 · teruggeven Ctrl+W": "Ctrl+1 … Ctrl+9 · give back Ctrl+W",
    "Teruggeven zonder uitkomst": "Give back without outcome",
    "De zaak gaat terug in de wachtrij, zonder belpoging (Ctrl+W)": (
        "The case goes back to the queue, without a call attempt (Ctrl+W)"
    ),
    "Gespreksleidraad": "Conversation guide",
    "Het belvenster is open tot {0}. Druk op Volgende oproep (F5) om de volgende bewoner te "
    "bellen.": "The calling window is open until {0}. Press Next call (F5) to call the next "
    "resident.",
    "Buiten de beltijden": "Outside calling hours",
    "Er zijn geen belvensters ingesteld; vraag de functioneel beheerder.": (
        "No calling windows are set; ask the administrator."
    ),
    "Het volgende belvenster opent {0}.": "The next calling window opens {0}.",
    "Database niet bereikbaar": "Database unreachable",
    "De volgende bewoner wordt opgezocht…": "Finding the next resident…",
    "Er staat nu niemand klaar": "Nobody is waiting right now",
    "In dit belvenster is er op dit moment geen bewoner om te bellen. Probeer het over een paar "
    "minuten opnieuw.": (
        "There is no resident to call in this calling window right now. Try again in a few minutes."
    ),
    "De database is niet bereikbaar, dus er kan nu geen nieuwe bewoner worden opgehaald. "
    "Vastgelegde uitkomsten blijven bewaard op deze computer.": (
        "The database is unreachable, so no new resident can be fetched now. Recorded outcomes "
        "are kept on this computer."
    ),
    "(naam onbekend)": "(name unknown)",
    "Ook op dit adres: {0}": "Also at this address: {0}",
    "Terugbelafspraak {0}": "Callback appointment {0}",
    "Al bij u in behandeling": "Already in your hands",
    "Geplande poging · {0}": "Planned attempt · {0}",
    "onbekend": "unknown",
    "{0} van maximaal {1} pogingen gebruikt": "{0} of at most {1} attempts used",
    "Eerdere hulpvraag ({0}): {1}": "Earlier request for help ({0}): {1}",
    "Het nummer dat u belt": "The number you are calling",
    "onjuist": "wrong",
    "Bellen": "Call",
    "Bellen via de telefoon van deze werkplek (Ctrl+D)": (
        "Call with this workstation's phone (Ctrl+D)"
    ),
    "Kopiëren": "Copy",
    "Nummer kopiëren (Ctrl+Shift+C)": "Copy number (Ctrl+Shift+C)",
    "geen telefoonnummer bekend": "no phone number known",
    "Nummer gekopieerd": "Number copied",
    "Voor u gereserveerd: nog {0}:{1:02d}": "Reserved for you: {0}:{1:02d} left",
    "De database is even niet bereikbaar. U kunt het gesprek afmaken; de uitkomst wordt op "
    "deze computer bewaard.": (
        "The database is unreachable for a moment. You can finish the call; the outcome is kept "
        "on this computer."
    ),
    "Deze zaak is niet meer voor u gereserveerd: {0}": (
        "This case is no longer reserved for you: {0}"
    ),
    "Kies eerst welk nummer onjuist is.": "First choose which number is wrong.",
    "Bezig met opslaan…": "Saving…",
    "Opgeslagen: {0}. Druk op Volgende oproep (F5) voor de volgende bewoner.": (
        "Saved: {0}. Press Next call (F5) for the next resident."
    ),
    "De database is niet bereikbaar. De uitkomst ({0}) is op deze computer bewaard en wordt "
    "verzonden zodra de verbinding terug is.": (
        "The database is unreachable. The outcome ({0}) is kept on this computer and will be "
        "sent as soon as the connection is back."
    ),
    "De uitkomst ({0}) is niet opgeslagen: {1}": "The outcome ({0}) was not saved: {1}",
    "Niet opgeslagen: {0} Probeer het opnieuw.": "Not saved: {0} Please try again.",
    "De zaak is teruggegeven aan de wachtrij.": "The case was given back to the queue.",
    "De zaak kon niet worden teruggegeven omdat de database niet bereikbaar is; hij komt "
    "vanzelf terug in de wachtrij als de reservering verloopt.": (
        "The case could not be given back because the database is unreachable; it returns to "
        "the queue by itself when the reservation expires."
    ),
    "Zaak nog open": "Case still open",
    "U heeft nog een bewoner op het scherm zonder uitkomst. De zaak teruggeven aan de wachtrij?": (
        "A resident is still on your screen without an outcome. Give the case back to the queue?"
    ),
    "Controleer de netwerkverbinding of vraag de functioneel beheerder om hulp. Bewaarde "
    "uitkomsten worden vanzelf verzonden zodra de verbinding terug is; probeer Volgende oproep "
    "zo opnieuw.": (
        "Check the network connection or ask the administrator for help. Kept outcomes are "
        "sent by themselves as soon as the connection is back; try Next call again shortly."
    ),
    "Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); wachtwoord "
    "{4}.": "Accounts: {0} (agent), {1} (budget coach), {2} (team lead), {3} (administrator); "
    "password {4}.",
    "De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.": (
        "Preparing the demo database; the first time this takes about a minute."
    ),
    "De demodatabase is klaar.": "The demo database is ready.",
    # MainWindow / OutboxDialog / OutboxModel
    "%n geweigerd (menu Vroegbel)": (
        "%n refused (menu Vroegbel)",
        "%n refused (menu Vroegbel)",
    ),
    "&Bewaarde uitkomsten…": "&Kept outcomes…",
    "&Kiesinstelling van deze werkplek…": "&Dialling on this workstation…",
    "Kiesinstelling": "Dialling",
    "Hoe deze werkplek belt bij Bellen (Ctrl+D), bijvoorbeeld tel:{e164}, sip:{e164}@pbx.example "
    "of callto:{e164}. Leeg: zelf kiezen op een aparte telefoon.": (
        "How this workstation dials on Call (Ctrl+D), for example tel:{e164}, "
        "sip:{e164}@pbx.example or callto:{e164}. Empty: dial yourself on a separate phone."
    ),
    "Kiesinstelling opgeslagen": "Dialling saved",
    "Gesprek gestart; kies het nummer op uw telefoon.": (
        "Call started; dial the number on your phone."
    ),
    "Bewaarde uitkomsten": "Kept outcomes",
    "Uitkomsten die nog niet in de gedeelde database staan. Wachtende uitkomsten worden vanzelf "
    "verzonden; een geweigerde uitkomst blijft hier tot u hem opnieuw probeert of verwijdert.": (
        "Outcomes that are not in the shared database yet. Waiting outcomes are sent by "
        "themselves; a refused outcome stays here until you try it again or remove it."
    ),
    "&Opnieuw proberen": "&Try again",
    "&Verwijderen…": "&Remove…",
    "Uitkomst verwijderen": "Remove outcome",
    "De uitkomst '{0}' van zaak {1} wordt niet meer opgeslagen. Verwijderen?": (
        "The outcome '{0}' of case {1} will not be saved any more. Remove it?"
    ),
    "Stand": "State",
    "Zaak": "Case",
    "Gesprek": "Call",
    "Reden": "Reason",
    "geweigerd": "refused",
    "wacht op verbinding": "waiting for the connection",
    "{0} op {1}": "{0} on {1}",
    "{0}; de budgetcoaches nemen het over": "{0}; the budget coaches take it from here",
    "Nummer toevoegen…": "Add number…",
    "Een ander nummer dat de bewoner u geeft": "Another number the resident gives you",
    "Nummer toevoegen": "Add number",
    "Telefoonnummer (bijvoorbeeld 06 12345678):": "Phone number (for example 06 12345678):",
    "Nummer toegevoegd.": "Number added.",
    # OutboxSync
    "%n bewaarde uitkomst(en) alsnog opgeslagen.": (
        "%n kept outcome saved after all.",
        "%n kept outcomes saved after all.",
    ),
    "%n bewaarde uitkomst(en) geweigerd; zie de teamleider.": (
        "%n kept outcome refused; see the team lead.",
        "%n kept outcomes refused; see the team lead.",
    ),
    # Outcome
    "Geen gehoor": "No answer",
    "Voicemail": "Voicemail",
    "In gesprek": "Busy",
    "Onjuist nummer": "Wrong number",
    "Terugbelafspraak": "Callback appointment",
    "Bereikt, geen hulpvraag": "Reached, no help needed",
    "Bereikt, hulpaanbod geaccepteerd": "Reached, help accepted",
    "Bereikt, hulp afgewezen": "Reached, help declined",
    "Al in schuldhulptraject": "Already in debt counselling",
    # Roles
    "beller": "agent",
    "budgetcoach": "budget coach",
    "teamleider": "team lead",
    "functioneel beheerder": "administrator",
    # Slot
    "ochtend": "morning",
    "middag": "afternoon",
    "avond": "evening",
    "zaterdag": "Saturday",
    # Status
    "Belvenster open tot {0}": "Calling window open until {0}",
    "Belvenster open": "Calling window open",
    "Buiten belvenster — volgende {0}": "Outside calling hours — next {0}",
    "Geen belvenster gepland": "No calling window planned",
    # Tabs
    "Overdrachten": "Handoffs",
    "Wachtrij en cijfers": "Queue and figures",
    "Beheer": "Administration",
    # Weekday
    "ma": "Mon",
    "di": "Tue",
    "wo": "Wed",
    "do": "Thu",
    "vr": "Fri",
    "za": "Sat",
    "zo": "Sun",
    # Worker
    "De database staat dit niet toe voor uw login. Vraag de functioneel beheerder om hulp als "
    "u dit voor uw werk nodig hebt.": (
        "The database does not allow this for your login. Ask the application administrator "
        "for help if you need it for your work."
    ),
    "De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de functioneel "
    "beheerder om hulp.": (
        "The database is unreachable. Check the network connection or ask the administrator "
        "for help."
    ),
    "Er ging iets onverwachts mis ({0}). Probeer het opnieuw.": (
        "Something unexpected went wrong ({0}). Please try again."
    ),
    "Er ging iets onverwachts mis. Probeer het opnieuw.": (
        "Something unexpected went wrong. Please try again."
    ),
}

#: Dutch plural forms for the `%n … (en)` source strings (vroegbel_nl.ts).
NL_PLURALS: dict[str, tuple[str, str]] = {
    "%n geweigerd (menu Vroegbel)": (
        "%n geweigerd (menu Vroegbel)",
        "%n geweigerd (menu Vroegbel)",
    ),
    "%n uitkomst(en) wachten op verzending": (
        "%n uitkomst wacht op verzending",
        "%n uitkomsten wachten op verzending",
    ),
    "%n bewaarde uitkomst(en) alsnog opgeslagen.": (
        "%n bewaarde uitkomst alsnog opgeslagen.",
        "%n bewaarde uitkomsten alsnog opgeslagen.",
    ),
    "%n bewaarde uitkomst(en) geweigerd; zie de teamleider.": (
        "%n bewaarde uitkomst geweigerd; zie de teamleider.",
        "%n bewaarde uitkomsten geweigerd; zie de teamleider.",
    ),
}
