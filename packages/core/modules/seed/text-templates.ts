// Sample text of the generated timeline in the org's language: small pools of templates whose slots
// are filled from the record (names, company, product, stage). Templates are split once at load, so a
// row costs a few string concatenations, however many millions are generated.

export const SEED_LANGUAGES = ["en", "de"] as const;
export type SeedLanguage = (typeof SEED_LANGUAGES)[number];

export type Slots = {
  /** The contact's first name and full name. */
  first: string;
  name: string;
  /** The contact's company (or a stand-in such as "your team" when there is none). */
  company: string;
  product: string;
  stage: string;
  /** The record owner's first name (the sender of outbound mail). */
  owner: string;
  day: string;
  seats: string;
  percent: string;
};
type Slot = keyof Slots;
export type Template = (s: Slots) => string;

/** "Call {first} about {product}" → a function that fills the slots by concatenation. */
export function compile(template: string): Template {
  const parts = template.split(/\{(\w+)\}/);
  const head = parts[0] ?? "";
  const slots: Slot[] = [];
  const tails: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    slots.push(parts[i] as Slot);
    tails.push(parts[i + 1] ?? "");
  }
  const n = slots.length;
  return (s) => {
    let out = head;
    for (let i = 0; i < n; i++) out += s[slots[i] as Slot] + tails[i];
    return out;
  };
}

type Source = {
  noCompany: string;
  days: string[];
  notes: string[];
  callSubjects: string[];
  callSummaries: string[];
  meetingSubjects: string[];
  meetingNotes: string[];
  outboundSubjects: string[];
  inboundSubjects: string[];
  greetings: string[];
  outboundBodies: string[];
  signoffs: string[];
  /** Mail from the contact: greets the owner, signed by the contact. */
  inboundGreetings: string[];
  inboundBodies: string[];
  inboundSignoffs: string[];
  taskTitles: string[];
  /** What deals sell (the deal title is "<company> – <product>"). */
  products: string[];
  lostReasons: string[];
};

const en: Source = {
  noCompany: "your team",
  days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  notes: [
    "{first} confirmed that {company} is reviewing budgets for next quarter. {product} is on the shortlist.",
    "Spoke briefly with {first} at the front desk. They want a reference customer in their industry before moving on.",
    "{company} currently uses a competitor; contract renews in the autumn. Good moment to position {product}.",
    "Decision maker is {first}'s manager. {first} will set up an intro call next {day}.",
    "Deal is in {stage}. Main open question: rollout for {seats} users and who owns onboarding.",
    "{first} asked for case studies. Sent two from similar companies.",
    "Legal at {company} needs our DPA and security questionnaire before signing.",
    "Pricing feedback: {first} thinks {product} is fair but asked about a {percent} % discount for a two-year term.",
    "Internal note: {company} had issues with support response times last year. Keep them close.",
    "{first} is moving to a new role next month; need a new champion at {company}.",
    "Procurement at {company} wants three quotes. We are one of them, {first} says we are the favourite.",
    "Trial of {product} went well: {seats} users active in the first week.",
  ],
  callSubjects: [
    "Call with {name}",
    "Discovery call: {company}",
    "Follow-up call about {product}",
    "Pricing call with {first}",
    "Check-in call: {company}",
    "Callback: {first} re {product}",
  ],
  callSummaries: [
    "Discussed current setup and pain points. {first} wants to replace spreadsheets for {seats} people. Next step: demo of {product} on {day}.",
    "{first} had questions about integrations and data migration. Promised a written summary and a timeline by {day}.",
    "Short call. {first} is busy with quarter-end; asked to reconnect next week.",
    "Walked through the proposal line by line. {first} is fine with scope, price still under discussion ({percent} % requested).",
    "No answer, left a voicemail and sent a short email.",
    "{first} confirmed the budget is approved. Waiting for the final go from their CFO.",
    "Went over the rollout plan for {company}: pilot with {seats} users, then company-wide. {first} agreed.",
    "Competitor came in cheaper. {first} still prefers {product} for usability; we agreed to revisit pricing.",
    "Technical questions about SSO and permissions answered. {first} will loop in IT for the next call.",
  ],
  meetingSubjects: [
    "Demo of {product} for {company}",
    "Kick-off meeting with {company}",
    "Quarterly review with {first}",
    "Workshop: requirements for {product}",
    "Contract negotiation with {company}",
  ],
  meetingNotes: [
    "Attendees: {name} and two colleagues from operations. Demo went well; they liked the reporting. Follow-up: send proposal for {seats} seats.",
    "Agreed on goals, timeline and owners. {first} is the main contact at {company}; weekly check-in on {day}s.",
    "Reviewed the last quarter. Usage is up, {first} wants to add {seats} more users.",
    "Collected requirements: import from the old system, custom fields, approval step. Estimate follows by {day}.",
    "Negotiated terms: {percent} % discount for an annual prepayment, payment within 30 days. Waiting on legal at {company}.",
  ],
  outboundSubjects: [
    "Your proposal for {product}",
    "Following up on our call",
    "Next steps for {company}",
    "Case studies you asked for",
    "Quick question about your timeline",
    "Updated quote: {seats} users",
    "Meeting on {day}?",
  ],
  inboundSubjects: [
    "Re: Your proposal for {product}",
    "Re: Following up on our call",
    "Question about pricing",
    "Re: Next steps for {company}",
    "Support question",
    "Re: Meeting on {day}?",
  ],
  greetings: ["Hi {first},", "Hello {first},", "Dear {name},"],
  outboundBodies: [
    "Thanks for your time today. As promised, attached is the proposal for {product} for {seats} users. Happy to walk you through it.",
    "I wanted to follow up on our conversation. Do you have 20 minutes on {day} to go over the open points?",
    "Here are the two case studies I mentioned. Both teams had a similar setup to {company}.",
    "Following your feedback I updated the quote: {seats} users with a {percent} % discount for a two-year term.",
    "Just checking in: is the decision on {product} still planned for this month? Let me know if anything is missing.",
  ],
  inboundBodies: [
    "Thanks for sending this over. I shared it with my team and we will come back to you by {day}.",
    "Could you tell me what the price would be for {seats} users with annual billing?",
    "We discussed it internally. Before we sign we need the security documentation for our IT department.",
    "{day} works for me. Can we make it 10:00? I will bring a colleague from finance.",
    "We are still interested, but the budget decision has been moved to next quarter.",
  ],
  signoffs: ["Best regards,<br>{owner}", "Thanks,<br>{owner}", "Kind regards,<br>{owner}"],
  inboundGreetings: ["Hi {owner},", "Hello {owner},"],
  inboundSignoffs: ["Best,<br>{first}", "Thanks,<br>{name}", "Regards,<br>{name}<br>{company}"],
  products: [
    "CRM Professional (annual)",
    "CRM Enterprise (annual)",
    "Onboarding package",
    "Data migration",
    "Premium support",
    "Training workshop",
    "Consulting (10 days)",
    "Additional user licences",
    "Integration setup",
    "Reporting add-on",
  ],
  taskTitles: [
    "Call back {name}",
    "Send proposal to {name}",
    "Follow up with {name} about {product}",
    "Prepare demo for {company}",
    "Check in with {name}",
    "Send case studies to {first}",
  ],
  lostReasons: ["Price", "Timing", "Competitor", "No budget"],
};

const de: Source = {
  noCompany: "Ihr Team",
  days: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
  notes: [
    "{first} hat bestätigt, dass {company} die Budgets für das nächste Quartal prüft. {product} ist in der engeren Auswahl.",
    "Kurz mit {first} gesprochen. Vor einer Entscheidung wünschen sie sich einen Referenzkunden aus ihrer Branche.",
    "{company} nutzt derzeit einen Wettbewerber; der Vertrag verlängert sich im Herbst. Guter Zeitpunkt für {product}.",
    "Entscheider ist die Vorgesetzte von {first}. {first} organisiert ein Kennenlerngespräch am {day}.",
    "Deal steht in „{stage}“. Offene Frage: Einführung für {seats} Nutzer und wer das Onboarding verantwortet.",
    "{first} hat nach Fallstudien gefragt. Zwei von vergleichbaren Unternehmen geschickt.",
    "Die Rechtsabteilung von {company} braucht vor der Unterschrift unseren AV-Vertrag und den Sicherheitsfragebogen.",
    "Feedback zum Preis: {first} findet {product} fair, fragt aber nach {percent} % Rabatt bei zwei Jahren Laufzeit.",
    "Interne Notiz: {company} war letztes Jahr mit den Reaktionszeiten im Support unzufrieden. Eng begleiten.",
    "{first} wechselt nächsten Monat in eine neue Rolle; wir brauchen einen neuen Ansprechpartner bei {company}.",
    "Der Einkauf von {company} möchte drei Angebote. Laut {first} sind wir Favorit.",
    "Test von {product} lief gut: {seats} aktive Nutzer in der ersten Woche.",
  ],
  callSubjects: [
    "Telefonat mit {name}",
    "Erstgespräch: {company}",
    "Nachfassen zu {product}",
    "Preisgespräch mit {first}",
    "Kurzer Abgleich: {company}",
    "Rückruf: {first} wegen {product}",
  ],
  callSummaries: [
    "Aktuelle Abläufe und Probleme besprochen. {first} will Excel-Listen für {seats} Personen ablösen. Nächster Schritt: Demo von {product} am {day}.",
    "{first} hatte Fragen zu Schnittstellen und Datenübernahme. Schriftliche Zusammenfassung und Zeitplan bis {day} zugesagt.",
    "Kurzes Gespräch. {first} steckt im Quartalsabschluss; nächste Woche erneut melden.",
    "Angebot Punkt für Punkt durchgegangen. Umfang passt für {first}, über den Preis wird noch gesprochen ({percent} % gewünscht).",
    "Nicht erreicht, Nachricht auf der Mailbox hinterlassen und kurze E-Mail geschickt.",
    "{first} hat bestätigt, dass das Budget freigegeben ist. Warten auf das finale Go der Geschäftsführung.",
    "Einführungsplan für {company} besprochen: Pilot mit {seats} Nutzern, danach unternehmensweit. {first} ist einverstanden.",
    "Wettbewerber war günstiger. {first} bevorzugt {product} wegen der Bedienbarkeit; Preis wird noch einmal geprüft.",
    "Technische Fragen zu SSO und Berechtigungen beantwortet. {first} holt für das nächste Gespräch die IT dazu.",
  ],
  meetingSubjects: [
    "Demo von {product} für {company}",
    "Kick-off mit {company}",
    "Quartalsgespräch mit {first}",
    "Workshop: Anforderungen an {product}",
    "Vertragsverhandlung mit {company}",
  ],
  meetingNotes: [
    "Teilnehmer: {name} und zwei Kollegen aus dem Betrieb. Demo kam gut an, besonders die Auswertungen. Nachgang: Angebot für {seats} Lizenzen.",
    "Ziele, Zeitplan und Verantwortliche vereinbart. {first} ist Hauptansprechpartner bei {company}; wöchentlicher Termin am {day}.",
    "Letztes Quartal ausgewertet. Die Nutzung steigt, {first} möchte {seats} weitere Nutzer hinzufügen.",
    "Anforderungen gesammelt: Import aus dem Altsystem, eigene Felder, Freigabeschritt. Aufwandsschätzung folgt bis {day}.",
    "Konditionen verhandelt: {percent} % Rabatt bei jährlicher Vorauszahlung, Zahlungsziel 30 Tage. Warten auf die Rechtsabteilung von {company}.",
  ],
  outboundSubjects: [
    "Ihr Angebot für {product}",
    "Nachgang zu unserem Telefonat",
    "Nächste Schritte für {company}",
    "Die gewünschten Fallstudien",
    "Kurze Frage zu Ihrem Zeitplan",
    "Aktualisiertes Angebot: {seats} Nutzer",
    "Termin am {day}?",
  ],
  inboundSubjects: [
    "AW: Ihr Angebot für {product}",
    "AW: Nachgang zu unserem Telefonat",
    "Frage zum Preis",
    "AW: Nächste Schritte für {company}",
    "Frage an den Support",
    "AW: Termin am {day}?",
  ],
  greetings: ["Hallo {first},", "Guten Tag {name},", "Hallo {name},"],
  outboundBodies: [
    "vielen Dank für Ihre Zeit heute. Wie besprochen sende ich Ihnen das Angebot für {product} für {seats} Nutzer. Gern gehe ich es mit Ihnen durch.",
    "ich wollte an unser Gespräch anknüpfen. Haben Sie am {day} 20 Minuten Zeit für die offenen Punkte?",
    "anbei die beiden Fallstudien, von denen ich erzählt habe. Beide Teams hatten einen ähnlichen Aufbau wie {company}.",
    "nach Ihrem Feedback habe ich das Angebot angepasst: {seats} Nutzer mit {percent} % Rabatt bei zwei Jahren Laufzeit.",
    "ich wollte kurz nachfragen: Ist die Entscheidung zu {product} weiterhin für diesen Monat geplant? Sagen Sie Bescheid, falls etwas fehlt.",
  ],
  inboundBodies: [
    "danke für die Unterlagen. Ich habe sie im Team geteilt, wir melden uns bis {day}.",
    "können Sie mir sagen, was {seats} Nutzer bei jährlicher Abrechnung kosten würden?",
    "wir haben intern gesprochen. Vor der Unterschrift braucht unsere IT die Sicherheitsdokumentation.",
    "{day} passt mir. Geht es um 10:00 Uhr? Ich bringe eine Kollegin aus der Buchhaltung mit.",
    "wir sind weiterhin interessiert, aber die Budgetentscheidung wurde ins nächste Quartal verschoben.",
  ],
  signoffs: ["Viele Grüße<br>{owner}", "Beste Grüße<br>{owner}", "Mit freundlichen Grüßen<br>{owner}"],
  inboundGreetings: ["Hallo {owner},", "Guten Tag {owner},"],
  inboundSignoffs: [
    "Viele Grüße<br>{first}",
    "Beste Grüße<br>{name}",
    "Mit freundlichen Grüßen<br>{name}<br>{company}",
  ],
  products: [
    "CRM Professional (Jahreslizenz)",
    "CRM Enterprise (Jahreslizenz)",
    "Onboarding-Paket",
    "Datenmigration",
    "Premium-Support",
    "Schulungsworkshop",
    "Beratung (10 Tage)",
    "Zusätzliche Nutzerlizenzen",
    "Einrichtung der Schnittstellen",
    "Reporting-Erweiterung",
  ],
  taskTitles: [
    "{name} zurückrufen",
    "Angebot an {name} senden",
    "Bei {name} wegen {product} nachfassen",
    "Demo für {company} vorbereiten",
    "Bei {name} melden",
    "Fallstudien an {first} schicken",
  ],
  lostReasons: ["Preis", "Zeitpunkt", "Wettbewerber", "Kein Budget"],
};

export type TextPools = {
  noCompany: string;
  days: string[];
  notes: Template[];
  callSubjects: Template[];
  callSummaries: Template[];
  meetingSubjects: Template[];
  meetingNotes: Template[];
  outboundSubjects: Template[];
  inboundSubjects: Template[];
  greetings: Template[];
  outboundBodies: Template[];
  signoffs: Template[];
  inboundGreetings: Template[];
  inboundBodies: Template[];
  inboundSignoffs: Template[];
  taskTitles: Template[];
  products: string[];
  lostReasons: string[];
};

function compileSource(source: Source): TextPools {
  const c = (list: string[]) => list.map(compile);
  return {
    noCompany: source.noCompany,
    days: source.days,
    notes: c(source.notes),
    callSubjects: c(source.callSubjects),
    callSummaries: c(source.callSummaries),
    meetingSubjects: c(source.meetingSubjects),
    meetingNotes: c(source.meetingNotes),
    outboundSubjects: c(source.outboundSubjects),
    inboundSubjects: c(source.inboundSubjects),
    greetings: c(source.greetings),
    outboundBodies: c(source.outboundBodies),
    signoffs: c(source.signoffs),
    inboundGreetings: c(source.inboundGreetings),
    inboundBodies: c(source.inboundBodies),
    inboundSignoffs: c(source.inboundSignoffs),
    taskTitles: c(source.taskTitles),
    products: source.products,
    lostReasons: source.lostReasons,
  };
}

const compiled: Partial<Record<SeedLanguage, TextPools>> = {};

/** The compiled template pools of a language (compiled once per process). */
export function textPools(language: SeedLanguage): TextPools {
  let pools = compiled[language];
  if (!pools) {
    pools = compileSource(language === "de" ? de : en);
    compiled[language] = pools;
  }
  return pools;
}
