import { describe, expect, it } from "vitest";
import { estimateSeniority } from "./seniority";

const now = new Date("2026-06-30T00:00:00Z");

describe("estimateSeniority", () => {
  it("reads an entry or a staff level from the most recent title", () => {
    expect(estimateSeniority("Experience\nStaff Machine Learning Engineer, Acme, 2022 - Present", now).level).toBe("staff");
    expect(estimateSeniority("Experience\nSoftware Engineering Intern, Acme, Jun 2025 - Aug 2025", now).level).toBe("entry");
  });

  it("reads the level of the title, not of the employer's line below it", () => {
    const reporting = "Experience\nSoftware Engineer\nAcme — reporting to the Head of Data\n2020 – present";
    expect(estimateSeniority(reporting, now)).toMatchObject({ level: "senior", years: 6.4 });
    const employerFirst = "Experience\nAcme\nLead Engineer\n2024 – present";
    expect(estimateSeniority(employerFirst, now).level).toBe("senior");
    expect(estimateSeniority("Experience\n2024 – present | Staff Engineer, Acme — under the Chief Architect", now).level).toBe("staff");
  });

  it("takes a level from an undated line only when it is shaped as a title above a date", () => {
    const sentence = "Experience\nWorked alongside senior engineers on payments\nSoftware Engineer, Acme — 2023 – present";
    expect(estimateSeniority(sentence, now).level).toBe("mid");
    const undatedTitle = "Experience\nSenior Engineer, Acme\nSince early 2019\nEngineer, Beta — 2024 – present";
    expect(estimateSeniority(undatedTitle, now).level).toBe("senior");
  });

  it("reads no level in the employer's name", () => {
    expect(estimateSeniority("Experience\nData Analyst, Principal Financial Group — 2024 - Present", now).level).toBe("mid");
    expect(estimateSeniority("Experience\nData Analyst at Lead Bank, 2024 - Present", now).level).toBe("mid");
  });

  it("lets a senior or lead title decide, as a recruiter reads it, dated or not", () => {
    expect(estimateSeniority("Experience\nSenior Software Engineer, Acme, 2024 - Present", now).level).toBe("senior");
    expect(estimateSeniority("Experience\nWarehouse Team Lead, Rollo Freight, 2023 - Present", now).level).toBe("senior");
    expect(estimateSeniority("Experience\nSenior Software Engineer, Acme", now).level).toBe("senior");
  });

  it("counts years of work from date ranges, merging overlaps and leaving education out", () => {
    const text = [
      "Experience",
      "Software Engineer, A, Jan 2018 - Dec 2021",
      "Consultant, B, Jan 2020 - Dec 2022",
      "Education",
      "BSc Computer Science, 2010 - 2014",
    ].join("\n");
    const estimate = estimateSeniority(text, now);
    expect(estimate.years).toBe(5);
    expect(estimate.level).toBe("senior");
    expect(estimate.reason).toContain("5 years");
  });

  it("calls a resume with no dated work entry-level, and says why", () => {
    const estimate = estimateSeniority("Education\nBSc Data Science, 2022 - 2026", now);
    expect(estimate.level).toBe("entry");
    expect(estimate.reason).toMatch(/No job title with a level/);
  });
});

describe("estimateSeniority on real resume shapes", () => {
  it("reads the most recent title, not an earlier junior one", () => {
    const text = "Experience\nData Analyst, A — 2024 - Present\nJunior Analyst, A — 2022 - 2024";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", title: "Data Analyst, A — 2024 - Present" });
  });

  it("reads principal and lead titles", () => {
    expect(estimateSeniority("Experience\nPrincipal ML Platform Engineer, F — 2020 - Present", now).level).toBe("staff");
    expect(estimateSeniority("Experience\nLead Software Engineer, S — 2021 - Present", now).level).toBe("senior");
  });

  it("counts titles and dates on separate lines, and German and Spanish date ranges", () => {
    const text = "Experience\nSoftware Engineer, A\nJan 2019 - Dec 2020\nBerufserfahrung\nEntwickler, B — 03/2021 - heute";
    expect(estimateSeniority(text, now).years).toBeCloseTo(7.5, 0);
    expect(estimateSeniority("Experiencia profesional\nIngeniera de IA, B — 03/2023 - actualidad", now).level).toBe("mid");
  });

  it("counts only the entries whose titles name a role, when any do", () => {
    const changer =
      "Career changer: from the classroom to software\nExperience\nSoftware Engineer, X — Jan 2026 - Present\nBarista, Café — 2019 - 2025";
    expect(estimateSeniority(changer, now)).toMatchObject({ level: "entry", years: 0.4 });
    expect(estimateSeniority(changer, now).reason).toContain("changes field; 0.4 years");
    const reporter =
      "Experience\nMar 2024 – present   AI Engineer, Inkwell\n2014 – Feb 2024   Reporter, then Senior Correspondent, Courier";
    expect(estimateSeniority(reporter, now)).toMatchObject({ level: "mid", years: 2.3 });
    // A developer's years are an AI engineer's too: both titles name a role.
    const developer = "Expérience\nsept. 2022 – aujourd'hui | Ingénieur IA, Mutuelle\n2019 – 2022 | Développeur Python, Ouestlogic";
    expect(estimateSeniority(developer, now).level).toBe("senior");
    // Two fields side by side, or the other after the newest, are one career: every year counts.
    const sideBySide = "Experience\nData Engineer, A — 2018 - Present\nCoach, B — 2019 - 2024";
    expect(estimateSeniority(sideBySide, now).years).toBeCloseTo(8.4, 0);
    const junior = "Experience\nJunior Software Engineer, X — Jan 2026 - Present\nBarista, Café — 2019 - 2025";
    expect(estimateSeniority(junior, now).level).toBe("entry");
  });

  it("after an announced change of field counts the years in the new one, even where the old job names a role", () => {
    const teacher =
      "Changement de carrière : de l'enseignement aux données.\nExpérience\nAnalyste de données, Ouestlogic — 2023 - aujourd'hui\nProfesseur des écoles, Académie de Rennes — 2010 - 2023";
    expect(estimateSeniority(teacher, now).level).toBe("mid");
  });

  it("after a change of field counts an old job only where its title names the same field, not just the same noun", () => {
    const sales =
      "Career change: from sales to engineering\nExperience\nML Engineer, Foo — 2024 - Present\nSales Engineer, Bar — 2012 - 2024";
    expect(estimateSeniority(sales, now)).toMatchObject({ level: "mid", years: 2.4 });
    const ventas =
      "Cambio de carrera: de las ventas a los datos.\nExperiencia\nIngeniero de datos, Foo — 2024 - hoy\nIngeniero de ventas, Bar — 2012 - 2024";
    expect(estimateSeniority(ventas, now)).toMatchObject({ years: 2.4 });
    const kin =
      "Career change: from teaching to data\nExperience\nData Analyst, Foo — 2024 - Present\nJunior Data Analyst, Bar — 2022 - 2024\nTeacher, School — 2010 - 2022";
    expect(estimateSeniority(kin, now)).toMatchObject({ years: 4.4 });
  });

  it("after a change of field does not take the word that links a title to its employer for a field word", () => {
    const en =
      "Cambio de carrera: de las ventas a los datos.\nExperiencia\nIngeniero de datos en Foo — 2024 - hoy\nIngeniero de ventas en Bar — 2012 - 2024";
    expect(estimateSeniority(en, now)).toMatchObject({ years: 2.4 });
    const im =
      "Quereinstieg: vom Vertrieb in die Daten\nBerufserfahrung\nIngenieur im Datenteam — 2024 - heute\nIngenieur im Vertrieb — 2012 - 2024";
    expect(estimateSeniority(im, now)).toMatchObject({ years: 2.4 });
  });

  it("reads a German director's title written as one compound as staff", () => {
    const text = "Berufserfahrung\nVertriebsdirektor, Nordkraft GmbH — 03/2021 - heute\nVertriebsleiter, Nordkraft GmbH — 2015 - 2021";
    expect(estimateSeniority(text, now).level).toBe("staff");
    expect(estimateSeniority("Berufserfahrung\nDirektorin, Stadtwerke Kiel — 03/2021 - heute", now).level).toBe("staff");
  });

  it("reads the move by the titles alone, never by the employer or the city", () => {
    // The same city under both jobs must not join a reporter's years to an engineer's.
    const sameCity = "Experience\nAI Engineer, Foo, London — 2024 - Present\nReporter, Paper, London — 2012 - 2024";
    expect(estimateSeniority(sameCity, now)).toMatchObject({ level: "mid", years: 2.4 });
    // Neighbouring roles keep every year: a data scientist's work counts for a machine-learning engineer.
    const adjacent = "Experience\nMachine Learning Engineer, Acme — 2023 - Present\nData Scientist, Beta — 2016 - 2023";
    expect(estimateSeniority(adjacent, now)).toMatchObject({ level: "senior", years: 10.4 });
    const sre = "Experience\nSite Reliability Engineer, Acme\n2023 – present\nSystems Administrator, Beta\n2013 – 2023";
    expect(estimateSeniority(sre, now).level).toBe("senior");
    // Role nouns in French, Spanish and German count as well.
    const desarrollador = "Experiencia\nIngeniero de datos, A — 2024 - actualidad\nDesarrollador, B — 2017 - 2024";
    expect(estimateSeniority(desarrollador, now).level).toBe("senior");
    const entwicklerin = "Berufserfahrung\nIngenieurin, A — 2024 - heute\nEntwicklerin, B — 2017 - 2024";
    expect(estimateSeniority(entwicklerin, now).level).toBe("senior");
    const investigadora =
      "Experiencia\nCientífica de datos · Levante\n03/2023 – actualidad\nInvestigadora posdoctoral · Turia\n2017 – 2023";
    expect(estimateSeniority(investigadora, now).level).toBe("senior");
  });

  it("takes the headline when the experience section names no role", () => {
    const estimate = estimateSeniority("Bootcamp Graduate\nExperience\nBarista, Café — 2022 - 2025", now);
    expect(estimate.level).toBe("entry");
    expect(estimate.reason).toContain("Bootcamp Graduate");
  });

  it("reads a range left open by its preposition and ISO year-months, in four languages", () => {
    const at = new Date("2026-06-01");
    expect(estimateSeniority("Experience\nData Analyst, Kestrel Foods — since March 2023", at).years).toBeCloseTo(3.3, 0);
    expect(estimateSeniority("Expérience\nAnalyste, Ormeau — depuis 06/2022", at).level).toBe("mid");
    expect(estimateSeniority("Berufserfahrung\nEntwickler, Fjord GmbH — seit 2020", at).level).toBe("senior");
    expect(estimateSeniority("Experience\nNetwork Administrator | 2021-04 → today", at).level).toBe("senior");
    expect(
      estimateSeniority("Experience\nHelpdesk Technician | 2019-01 → 2019-07\nNetwork Administrator | 2025-02 → today", at).years,
    ).toBeCloseTo(2, 0);
  });

  it("does not take a bullet dash under a line ending in a year for the range's end", () => {
    const text =
      "Experience\nPlanner · Brisa Logística · desde 01/2021\n  – Ran the weekly routing review for 40 depots and kept every carrier file up to date.";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("senior");
  });

  it("reads a month written with 'de' before its year, and a range left open at its line's end", () => {
    const at = new Date("2026-06-01");
    expect(estimateSeniority("Experiencia\nAnalista de riesgos, Banco Sur — desde septiembre de 2019", at).level).toBe("senior");
    expect(estimateSeniority("Experience\nSupport Engineer2024–\nKestrel Foods\n- Ran the on-call rota", at).years).toBeCloseTo(2.4, 0);
  });

  it("counts the jobs of other professions and languages as titled entries", () => {
    const text = "Expérience\nJuriste, Cabinet Orme (2016 – 2024)\nStagiaire, Étude Vasseur (2015 – 2016)";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("senior");
  });

  it("takes a stated duration beside a range as the time worked", () => {
    const text = "Experience\nWeb Developer · Fjord Studio · 2018–2022 (freelance, 9 months in total)";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("entry");
  });

  it("reads a range wrapped after its dash or written with 'desde … hasta' as the months between its dates", () => {
    const wrapped = estimateSeniority("Experience\nData Analyst, Acme, 01/2019 –\n03/2021", now);
    expect(wrapped.years).toBeGreaterThanOrEqual(2);
    expect(wrapped.years).toBeLessThan(2.5);
    const spanish = estimateSeniority("Experiencia\nAnalista de datos, Banco Sur, desde marzo de 2019 hasta septiembre de 2021", now);
    expect(spanish.years).toBeGreaterThanOrEqual(2.5);
    expect(spanish.years).toBeLessThan(3);
  });

  it("caps a range by a stated duration only when it is the total, not any months named beside it", () => {
    const leave = estimateSeniority("Experience\nSoftware Engineer, Acme, 2016–2022, incl. 6 months parental leave", now);
    expect(leave.level).toBe("senior");
    expect(leave.years).toBeGreaterThanOrEqual(6);
    expect(estimateSeniority("Experience\nSoftware Engineer, Acme, 2016–2022 (8 months)", now).level).toBe("entry");
  });

  it("reads the title above, below or beside its dates, whichever way the entry is laid out", () => {
    const above = "Experience\nJunior Planner · Orla Transit\n04/2021 – 09/2023\n- Drew up the timetables";
    expect(estimateSeniority(above, now)).toMatchObject({ level: "entry", title: "Junior Planner · Orla Transit" });
    const below = "Experience\n\n2020 — today\nHead of Procurement, Velde Foods\n- Ran a team of nine";
    expect(estimateSeniority(below, now)).toMatchObject({ level: "staff", title: "Head of Procurement, Velde Foods" });
    const beside = "Work\nKestrel Bank, Leeds                   Jan 2016 – present\nProduct Owner\n- Roadmaps";
    expect(estimateSeniority(beside, now).level).toBe("senior");
  });

  it("reads no title from the details under a line that names its job beside its dates", () => {
    const text = "Experience\nAccount Manager, Brio Telecom — 2023 – present\nReporting to the Chief Commercial Officer\n- Renewals";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", title: "Account Manager, Brio Telecom — 2023 – present" });
  });

  it("does not take the next entry's title for the dates of the one above it", () => {
    const text = "Experience\nPayroll Officer, Brindle Ltd\n2019 – present\nJunior Clerk, Brindle Ltd\n2016 – 2019";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 10.4, title: "Payroll Officer, Brindle Ltd" });
  });

  it("reads dates in a column of their own, away from their titles", () => {
    const text = "Experience\nProcess Engineer, Tarn Chemicals\nShift Chemist, Oxbow Labs\n2020 – 2025\n2015 – 2020";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 11 });
  });

  it("reads titles and dates run together without a space, either way round", () => {
    expect(estimateSeniority("Experience\nSupply Planner2017 – 2025", now).years).toBe(9);
    expect(estimateSeniority("Experience\n2017 – 2025Supply Planner", now).years).toBe(9);
  });

  it("reads open ends written as abbreviations or in other languages", () => {
    for (const end of ["auj.", "aujourd’hui", "à ce jour", "hoy", "la fecha", "heute", "dato", "now", "ongoing", "to date"]) {
      const text = `Experience\nLogisticien, Port Sec — mars 2021 ${end.startsWith("to") || end.startsWith("à") ? "" : "– "}${end}`;
      expect(estimateSeniority(text, now).years, end).toBeCloseTo(5.3, 1);
    }
  });

  it("reads end years written with two digits and ranges written with a slash", () => {
    expect(estimateSeniority("Experience\nSurveyor, Brae & Co — 2014–19", now).years).toBe(6);
    expect(estimateSeniority("Experience\nSurveyor, Brae & Co — 1997–03", now).years).toBe(7);
    expect(estimateSeniority("Experience\nSurveyor, Brae & Co — 2012/2018", now).years).toBe(7);
    expect(estimateSeniority("Experience\nSurveyor, Brae & Co — 2020/21", now).years).toBe(2);
    // A year and its month with a slash: March 2025 to the present.
    expect(estimateSeniority("Experience\nSurveyor, Brae & Co — 2025/03–present", now).years).toBeCloseTo(1.3, 1);
  });

  it("reads French, Spanish and German month abbreviations", () => {
    expect(estimateSeniority("Expérience\nComptable, Alvéole — janv. 2020 – févr. 2022", now).years).toBeCloseTo(2.2, 1);
    expect(estimateSeniority("Experiencia\nContable, Brisa — ene. 2020 – dic. 2021", now).years).toBe(2);
    expect(estimateSeniority("Berufserfahrung\nBuchhalter, Fjord — Mrz. 2020 – Okt. 2021", now).years).toBeCloseTo(1.7, 1);
  });

  it("runs a range open before its title to the present", () => {
    const text =
      "Credits\n2021–   Freelance colourist\n  Two features for Halden Pictures, 2024\n2018–2021  Assistant colourist, Grade House";
    expect(estimateSeniority(text, now).years).toBeCloseTo(8.4, 1);
  });

  it("reads a junior modifier as heading its title, and a staff word before it as the rank", () => {
    expect(estimateSeniority("Experience\nJunior Creative Director, Pell Agency — 2025 – present", now).level).toBe("entry");
    expect(estimateSeniority("Experience\nDirector, Junior Golf Programme — 2025 – present", now).level).toBe("staff");
    expect(estimateSeniority("Experience\nSenior Staff Engineer, Quarry Labs — 2025 – present", now).level).toBe("staff");
    expect(estimateSeniority("Experiencia\nDiseñadora junior, Lumen — 2025 – hoy", now).level).toBe("entry");
  });

  it("leaves a degree out of the years, also where no Education heading sets it apart", () => {
    const text = "Research Chemist, Halverson Pharma, 2024 – present\nPhD in Organic Chemistry, 2019 – 2024";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("leaves unpaid work out of the years, on the range's line or above a line of dates alone", () => {
    const text = "Experience\nPlanner, Ashby Rail — 2024 – present\nVolunteer driver, Meals on Wheels — 2012 – 2024";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", years: 2.4 });
    const study = "Experience\nPlanner, Ashby Rail\n2024 – present\n\nMaster's in Transport Planning, Leeds\n2019 – 2024";
    expect(estimateSeniority(study, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("reads no level from a dated sentence, only from an entry's heading", () => {
    const text =
      "Summary\nSince 2018 I have trained the junior staff of three clinics in sterile technique.\nPractice Nurse, Elm Clinic — 2018 – present";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", title: "Practice Nurse, Elm Clinic — 2018 – present" });
  });

  it("reads the level of a newest entry left undated, above the first dated one", () => {
    const text = "Experience\nPrincipal Consultant, Orrin Advisory\n- Pricing reviews\nAnalyst, Cole & Finch — 2016 – 2019";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "staff", title: "Principal Consultant, Orrin Advisory" });
  });

  it("takes the first dated entry as the most recent, not a later one that also runs to the present", () => {
    const text = "Experience\nLogistics Analyst, Dunmore — 2019 – present\nVolunteer coach, Junior League — 2015 – present";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", title: "Logistics Analyst, Dunmore — 2019 – present" });
  });
});

describe("estimateSeniority on years written with two digits", () => {
  it("reads month and two-digit year ranges, with a slash, a dot or an apostrophe, and after 'since'", () => {
    expect(estimateSeniority("Berufserfahrung\nDisponentin, Weser Logistik — 03/19 – 09/22", now).years).toBeCloseTo(3.6, 1);
    expect(estimateSeniority("Experience\nLine Cook, Ember — Jun ’20 – Aug ’23", now).years).toBeCloseTo(3.3, 1);
    expect(estimateSeniority("Experience\nLine Cook, Ember — ’18 – ’23", now).years).toBe(6);
    expect(estimateSeniority("Berufserfahrung\nDisponentin, Weser Logistik — seit 04.21", now).years).toBeCloseTo(5.2, 1);
  });

  it("leaves a score or a fraction that is no range alone", () => {
    expect(estimateSeniority("Experience\nTutor, Brightminds — rated 10/10 by 40 families", now).years).toBe(0);
  });
});

describe("estimateSeniority on dates set apart from their entries", () => {
  it("counts a sidebar's dates when the work section holds none", () => {
    const text = [
      "Ines Marlow",
      "2014 – 2020",
      "2020 – present",
      "Skills",
      "Forklift licence, SAP",
      "Experience",
      "Warehouse Supervisor, Cobalt Freight",
      "Stock Controller, Cobalt Freight",
      "Education",
      "BSc Logistics, 2010 – 2014",
    ].join("\n");
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 12.4 });
  });
});

describe("estimateSeniority when every date sits under an education heading", () => {
  it("counts the dated jobs under a Qualifications or Training heading, not the degrees", () => {
    const qualifications = "Dana Wright\nQualifications\nTen years of building web services.\nSoftware Engineer, Foo\n2018 – present";
    expect(estimateSeniority(qualifications, now)).toMatchObject({ level: "senior", years: 8.4 });
    const training = "Training\nMSc Computing, 2016 – 2018\nData Analyst, Bar — 2023 – present";
    expect(estimateSeniority(training, now)).toMatchObject({ level: "mid", years: 3.4 });
  });
});

describe("estimateSeniority under a work heading the section list does not know", () => {
  it("counts the dates that such a heading leaves in another section", () => {
    const text =
      "Profile\nCarpenter and site foreman.\nSkills\nJoinery, AutoCAD\nJobs I have held\nForeman, Oakfield Build — 2016 – present";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 10.4 });
  });
});

describe("estimateSeniority under short or translated headings", () => {
  it("reads 'Work' and 'Career' as the work section and 'Qualifications' and 'Études' as study", () => {
    const text =
      "Career\nSite Manager, Harlow Homes — 2019 – present\nQualifications\nHNC Construction, 2015 – 2017\nCity & Guilds Bricklaying, 2012 – 2015";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 7.4 });
    const french = "Parcours professionnel\nCheffe de rang, Le Zinc — 2024 – aujourd'hui\nÉtudes\nLycée hôtelier de Nice, 2021 – 2024";
    expect(estimateSeniority(french, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("reads a German doctorate by its faculty ('Dr. rer. nat.') as study, and a postdoc's years as work", () => {
    const text = [
      "Erfahrung",
      "seit 01/2024   Postdoc, Institut für Statik",
      "2019 – 2023    Dr. rer. nat., Physik, Universität Kiel",
      "2013 – 2019    Studium Physik",
    ].join("\n");
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("reads a doctoral candidate's years as study, whatever the entry's title", () => {
    const text = "Expérience\nDepuis 2024 — Postdoc, Inria Lille\n2020 – 2024 — Doctorante, Université de Lille";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("reads a day written before the month ('depuis le 1er mars 2022', 'seit 1. März 2022')", () => {
    expect(estimateSeniority("Expérience\nComptable, Mairie de Lorient (depuis le 1er mars 2022)", now).years).toBe(4.3);
    expect(estimateSeniority("Erfahrung\nBuchhalterin, Stadtwerke (seit 1. März 2022)", now).years).toBe(4.3);
  });

  it("counts a role named in either gender in Spanish or French when another entry names one too", () => {
    const text = "Experiencia\nAccount Manager, Globex\n2023 – actualidad\nEjecutiva comercial, Initech\n2019 – 2023";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 7.4 });
    const other = "Expérience\nOffice Manager, Cabinet Roux\n2024 – aujourd'hui\nNégociatrice, Agence Lemaire\n2018 – 2024";
    expect(estimateSeniority(other, now)).toMatchObject({ level: "senior", years: 8.4 });
  });

  it("reads a change of field said in a sentence of the summary", () => {
    const text = [
      "Jo Reyes",
      "Eight years as a primary teacher before moving into software testing.",
      "Experience",
      "QA Analyst, Brightpath — 2024 – present",
      "Teacher, Elm Street School — 2016 – 2024",
    ].join("\n");
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", years: 2.4 });
  });

  it("takes a range that opens its line for the recent entry, whatever the other column ran onto it", () => {
    const text = [
      "Experience",
      "Head of Operations — Brindle Foods",
      "2019 – present and the cold-chain contract.",
      "Shift Manager, Brindle Foods Ran the night shift.",
      "2012 – 2019",
    ].join("\n");
    expect(estimateSeniority(text, now).level).toBe("staff");
  });

  it("reads a doctor's title in an employer's name as no study: only the entry's own title line is", () => {
    const praxis = "Erfahrung\n2012 – heute  Medizinische Fachangestellte, Praxis Dr. med. Weber\n2009 – 2012  Ausbildung zur MFA";
    expect(estimateSeniority(praxis, now).years).toBeGreaterThan(14);
    const firm = "Erfahrung\n2014 – heute  Entwicklungsingenieur, Dr.-Ing. Wolf GmbH\n2008 – 2014  Studium Maschinenbau";
    expect(estimateSeniority(firm, now).years).toBeGreaterThan(12);
  });

  it("reads a move into management as a promotion, not a change of field", () => {
    const text = [
      "Sam Lee",
      "Twelve years building backend systems; moved into engineering management in 2022.",
      "Experience",
      "Engineering Manager, Globex — 2022 – present",
      "Senior Backend Engineer, Initech — 2014 – 2022",
    ].join("\n");
    expect(estimateSeniority(text, now)).toMatchObject({ level: "senior", years: 12.4 });
  });
});

describe("estimateSeniority: the head of a unit, head noun first", () => {
  const level = (text: string) => estimateSeniority(text, now).level;
  it("reads the head of a department or service as staff in Spanish, French and German", () => {
    expect(level("Experiencia\n2024 – hoy · Jefe de Sección de Compras, Ayuntamiento de Lorca")).toBe("staff");
    expect(level("Expérience\nCheffe de service Urbanisme — Mairie d'Arles, 2025 – aujourd'hui")).toBe("staff");
    expect(level("Berufserfahrung\nLeiterin der Abteilung Controlling, Stadtwerke Kiel, seit 2025")).toBe("staff");
    expect(level("Berufserfahrung\nBereichsleiter Logistik, Nordfracht GmbH, 2025 – heute")).toBe("staff");
  });

  it("never reads the head of a shop's counter as staff", () => {
    expect(level("Experiencia\n2024 – hoy · Jefe de sección (charcutería), Supermercado Díaz\n2020 – 2024 · Dependiente")).not.toBe(
      "staff",
    );
    expect(level("Expérience\nChef de rayon frais, Magasin Leclerc Brest, 2024 – aujourd'hui")).not.toBe("staff");
    expect(level("Berufserfahrung\nseit 2024 · Leiter der Abteilung Getränke, Edeka Markt Husum")).not.toBe("staff");
  });

  it("never reads the head of a project or a team as the head of a unit", () => {
    expect(level("Experiencia\n2025 – hoy · Jefa de proyecto, Indra")).toBe("entry");
    expect(level("Expérience\nChef de projet digital, Orange, 2023 – aujourd'hui")).toBe("mid");
    expect(level("Berufserfahrung\nTeamleiterin Kundenservice, Otto, seit 2023")).toBe("mid");
    expect(level("Expérience\nResponsable du service client, Decathlon, 2023 – aujourd'hui")).toBe("mid");
  });
});
