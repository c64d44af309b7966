//! Speakers no list knows, organisations named by description, counts written as nouns, and
//! quotations that run over several sentences. The sentences are written for these tests.

use marsad_domain::{ActorKind, ExtractedStatement, Extraction, Qualifier};
use marsad_extract::extract;

/// The first statement with cue `cue`.
fn statement<'a>(found: &'a Extraction, cue: &str) -> &'a ExtractedStatement {
    found
        .statements
        .iter()
        .find(|s| s.cue == cue)
        .unwrap_or_else(|| panic!("a statement with the cue «{cue}»"))
}

/// The name of the speaker of the statement with cue `cue` (the `nth` one).
fn speaker(found: &Extraction, cue: &str, nth: usize) -> Option<String> {
    found
        .statements
        .iter()
        .filter(|s| s.cue == cue)
        .nth(nth)
        .and_then(|s| s.speaker)
        .map(|a| found.actors[a].name.clone())
}

/// The first figure of value `value`.
fn figure_of(found: &Extraction, value: f64) -> &marsad_domain::ExtractedFigure {
    found
        .figures
        .iter()
        .find(|f| f.value == Some(value))
        .unwrap_or_else(|| panic!("a figure of {value}: {:?}", found.figures))
}

#[test]
fn an_unknown_name_after_a_reporting_verb_is_its_speaker_and_keeps_speaking() {
    let found = extract(
        "وقال الخضر الزغلي عضو اللجنة الطبية إن الطائرة نقلت الجرحى. وأضاف أن المستشفيات مكتظة.",
        None,
    );
    assert_eq!(speaker(&found, "وقال", 0).as_deref(), Some("الخضر الزغلي"));
    assert_eq!(speaker(&found, "وأضاف", 0).as_deref(), Some("الخضر الزغلي"));
    let person = found
        .actors
        .iter()
        .find(|a| a.name == "الخضر الزغلي")
        .expect("the speaker is an actor");
    assert_eq!(person.kind, ActorKind::Person);
    assert!(
        person.roles.iter().any(|r| r.contains("عضو اللجنة الطبية")),
        "the title after the name is his role: {:?}",
        person.roles
    );

    // A single unknown word before the complement; a common word is not a name.
    let found = extract(
        "وأوضح العمودي أن القوات تتقدم. وأكد المصدر أن الهدوء عاد.",
        None,
    );
    assert_eq!(speaker(&found, "وأوضح", 0).as_deref(), Some("العمودي"));
    assert!(found.actors.iter().all(|a| a.name != "المصدر"));
}

#[test]
fn an_organisation_named_by_description_speaks_and_its_head_noun_refers_back() {
    let found = extract(
        "وقال المركز الإعلامي للمقاومة إن طيران التحالف نفذ غارات. وأضاف المركز أن المقاومة تقدمت.",
        None,
    );
    assert_eq!(
        speaker(&found, "وقال", 0).as_deref(),
        Some("المركز الإعلامي للمقاومة")
    );
    assert_eq!(
        speaker(&found, "وأضاف", 0).as_deref(),
        Some("المركز الإعلامي للمقاومة"),
        "«المركز» alone is the centre named before"
    );
    // A spokesman speaks for the body; sources inside it stay unnamed, and so does "المصدر"
    // after them.
    let found = extract(
        "وقال المتحدث باسم المقاومة الشعبية الجنوبية إن القوات وصلت. وقالت مصادر في المقاومة الشعبية الجنوبية إن العملية مستمرة. وأكد المصدر أن الهدوء عاد. وقالت مصادر مقربة من الحوثيين إن القصف توقف، مؤكدة أن الطريق مفتوح.",
        None,
    );
    let first = speaker(&found, "وقال", 0).expect("the spokesman speaks for an actor");
    assert!(first.contains("المقاومة"), "{first}");
    assert_eq!(
        speaker(&found, "وقالت", 0),
        None,
        "sources in the resistance"
    );
    assert_eq!(speaker(&found, "وأكد", 0), None, "the source again");
    assert_eq!(
        speaker(&found, "وقالت", 1),
        None,
        "sources close to the Houthis"
    );
    assert_eq!(
        speaker(&found, "مؤكدة", 0),
        None,
        "the same sources, going on"
    );
    // A verbal noun in a construct is not an organisation.
    let found = extract("ونفى القائد ضعف مقاومة الميليشيات في المدينة.", None);
    assert!(found.actors.iter().all(|a| !a.name.contains("مقاومة")));
}

#[test]
fn a_news_agency_spoken_to_is_not_the_speaker() {
    let found = extract(
        "وقالت مصادر محلية لوكالة الأنباء الألمانية إن اشتباكات عنيفة دارت في المدينة.",
        None,
    );
    assert_eq!(speaker(&found, "وقالت", 0), None);
}

#[test]
fn two_statements_in_one_sentence_each_keep_their_own_content() {
    let text =
        "وقالت مصادر محلية إن الانفجار وقع قرب المسجد، فيما قالت وكالة سبأ إن 4 مواطنين قتلوا.";
    let found = extract(text, None);
    assert_eq!(found.statements.len(), 2);
    let first = &found.statements[0];
    let content = first.content.slice(text);
    assert!(!content.contains("مواطنين"), "{content}");
}

#[test]
fn duals_and_one_of_count_when_harm_is_said() {
    let found = extract(
        "وشنت الجماعة هجومين منفصلين أسفرا عن مقتل أحد عناصر المقاومة وإصابة جريحين.",
        None,
    );
    let figure = |unit: &str| {
        found
            .figures
            .iter()
            .find(|f| f.unit == unit)
            .map(|f| (f.value, f.qualifier))
    };
    assert_eq!(figure("attacks"), Some((Some(2.0), Qualifier::Exact)));
    assert_eq!(figure("killed"), Some((Some(1.0), Qualifier::Exact)));
    assert_eq!(figure("wounded"), Some((Some(2.0), Qualifier::Exact)));
    // "أحد" with no harm said is not a count: "one of the members said".
    let found = extract("وقال فؤاد أحمد، أحد عناصر المقاومة، إن الوضع هادئ.", None);
    assert!(found.figures.is_empty(), "{:?}", found.figures);
    // A brigade's number is its name, not a count.
    let found = extract(
        "وتحركت قوات من بينها اللواء 23 واللواء 19 نحو المدينة.",
        None,
    );
    assert!(found.figures.is_empty(), "{:?}", found.figures);
}

#[test]
fn a_quotation_over_several_sentences_belongs_to_the_speaker_named_after_it() {
    let text =
        "\"It is a piece of torn paper. It will not harm Iran,\" said Ahmadinejad on Sunday.";
    let found = extract(text, None);
    let said = statement(&found, "said");
    assert_eq!(
        said.speaker.map(|a| found.actors[a].name.as_str()),
        Some("Mahmoud Ahmadinejad")
    );
    let byte = text.find("It is a piece").expect("in the text");
    let start = text[..byte].chars().count();
    assert!(
        said.content.start as usize <= start,
        "the content starts at the opening quotation mark"
    );
}

#[test]
fn an_office_then_a_name_is_a_person_with_that_office() {
    let found = extract(
        "Pakistani Minister of Information Tariq Azim Khan has stated that the attack was a suicide bombing.",
        None,
    );
    assert_eq!(
        speaker(&found, "stated", 0).as_deref(),
        Some("Tariq Azim Khan")
    );
}

#[test]
fn a_two_word_nationality_makes_an_institution_not_a_person() {
    let found = extract(
        "The Sri Lankan army said the final battle was underway. The blast injured another 150 people.",
        None,
    );
    assert_eq!(
        speaker(&found, "said", 0).as_deref(),
        Some("Sri Lankan army")
    );
    assert!(found
        .actors
        .iter()
        .all(|a| !(a.kind == ActorKind::Person && a.name.contains("Lankan"))));
    let injured = found
        .figures
        .iter()
        .find(|f| f.unit == "wounded")
        .expect("a count of wounded");
    assert_eq!(injured.value, Some(150.0));
}

#[test]
fn the_minister_is_the_person_named_earlier_with_that_title() {
    let found = extract(
        "Foreign Minister Sergei Lavrov met the envoy on Monday. The minister said the talks would go on. \
         Officials of a government spokeswoman's office declined to comment.",
        None,
    );
    let said = statement(&found, "said");
    assert_eq!(
        said.speaker
            .map(|a| found.actors[a].name_en.clone().unwrap_or_default()),
        Some("Sergei Lavrov".to_string())
    );
}

#[test]
fn english_subjects_are_found_past_objects_relative_clauses_and_addressees() {
    // "he" is the person last named outside what was reported, not the last speaker.
    let found = extract(
        "\"They are after each other,\" said Jimmy Mucheru, a local guide. The talks came as Kofi Annan \
         was in Kenya. In a news conference, he urged calm.",
        None,
    );
    assert_eq!(speaker(&found, "urged", 0).as_deref(), Some("Kofi Annan"));
    // The actor after "by" is an object; the subject opens the clause.
    let found = extract(
        "Iraq has spoken out against the attacks by the PKK and has condemned any such attacks.",
        None,
    );
    assert_eq!(speaker(&found, "condemned", 0).as_deref(), Some("Iraq"));
    // a dateline is not a subject
    let found = extract(
        "BAGHDAD - The Iraqi interior minister said on Wednesday that the talks had stalled.",
        None,
    );
    assert_ne!(speaker(&found, "said", 0).as_deref(), Some("Baghdad"));
    // Whom it was told to is not the speaker; the person after a comma is.
    let found = extract(
        "\"These attacks must stop now,\" said a spokesman for U.S. President George W. Bush, Gordon Johndroe. \
         The minister told the Associated Press that the raid was over.",
        None,
    );
    assert_eq!(
        speaker(&found, "said", 0).as_deref(),
        Some("Gordon Johndroe")
    );
    assert_ne!(
        speaker(&found, "told", 0).as_deref(),
        Some("Associated Press")
    );
    // Unnamed officials are no one in the article.
    let found = extract(
        "Turkey approved a measure against the PKK, but on Sunday an official said that the incursion was not urgent.",
        None,
    );
    assert_eq!(speaker(&found, "said", 0), None);
}

#[test]
fn english_cues_as_nouns_are_not_statements_and_short_ones_keep_their_sentence() {
    let text = "Human Rights Watch reported evidence of attacks. Mr. Odinga's team has denied those claims.";
    let found = extract(text, None);
    assert!(
        found.statements.iter().all(|s| s.cue != "claims"),
        "«those claims» is a noun"
    );
    let denied = statement(&found, "denied");
    let content = denied.content.slice(text);
    assert!(content.contains("denied those claims"), "{content}");
    // A progressive is not a passive.
    let found = extract(
        "Mr. Kibaki insists he won, while Mr. Odinga is demanding a new vote.",
        None,
    );
    assert!(found.statements.iter().any(|s| s.cue == "demanding"));
}

#[test]
fn english_counts_take_the_harm_said_after_them() {
    let text = "As many as 17 Turkish soldiers were killed and 16 were injured. 13 sailors have been \
                reported killed. Over 60 members of a Chadian sect have been killed. Police found 24 dead \
                children. Tens of thousands of Kikuyus fled their homes. The AC-130 gunship attack hit \
                suspects of the 1998 United States embassy bombings.";
    let found = extract(text, None);
    let figure = |value: f64| figure_of(&found, value);
    assert_eq!(figure(17.0).unit, "killed");
    assert_eq!(figure(17.0).qualifier, Qualifier::AtMost);
    assert_eq!(figure(16.0).unit, "wounded");
    assert_eq!(figure(13.0).unit, "killed");
    assert_eq!(
        figure(13.0).span.slice(text),
        "13 sailors have been reported killed"
    );
    assert_eq!(figure(60.0).unit, "killed");
    assert_eq!(figure(60.0).qualifier, Qualifier::MoreThan);
    assert_eq!(figure(24.0).span.slice(text), "24 dead children");
    let fled = found
        .figures
        .iter()
        .find(|f| f.value.is_none())
        .expect("an unspecified count");
    assert_eq!(
        (fled.unit.as_str(), fled.qualifier),
        ("displaced", Qualifier::Unspecified)
    );
    assert!(
        found
            .figures
            .iter()
            .all(|f| f.value != Some(130.0) && f.value != Some(1998.0)),
        "a model and a year are not counts: {:?}",
        found.figures
    );
}

#[test]
fn arabic_counts_keep_whose_they_are_and_nouns_named_before_them() {
    let text = "وقالت مصادر إن 28 عنصرا من الجيش العراقي قتلوا. واستهدفت المقاتلات بأكثر من 20 غارة مواقع المتمردين. \
                وقالت مصادر ان عدد الأسرى من المتمردين بلغ 120. وأوضح أن عدد القوات يفوق ألفي جندي.";
    let found = extract(text, None);
    let figure = |value: f64| figure_of(&found, value);
    assert!(figure(28.0).span.slice(text).contains("من الجيش العراقي"));
    assert_eq!(figure(28.0).unit, "killed");
    assert_eq!(figure(20.0).qualifier, Qualifier::MoreThan, "«بأكثر من»");
    assert_eq!(figure(20.0).unit, "airstrikes");
    assert_eq!(figure(120.0).unit, "detainees");
    assert!(figure(120.0).span.slice(text).starts_with("عدد الأسرى"));
    assert_eq!(figure(2000.0).qualifier, Qualifier::MoreThan, "«يفوق ألفي»");
}

#[test]
fn the_police_and_the_army_speak_by_their_common_noun() {
    let text = "Police also said Saturday that at least 15 people have been killed in the town of Molo. \
                According to police, the explosions were small. Police officers guarded the station.";
    let found = extract(text, None);
    assert_eq!(speaker(&found, "said", 0).as_deref(), Some("Police"));
    let killed = found
        .figures
        .iter()
        .find(|f| f.value == Some(15.0))
        .expect("the count of killed");
    let police = found
        .actors
        .iter()
        .position(|a| a.name == "Police")
        .expect("the police are an actor");
    assert_eq!(killed.source, Some(police), "the police's count");
    assert!(
        found
            .statements
            .iter()
            .filter(|s| s.speaker == Some(police))
            .count()
            >= 2,
        "«according to police» too"
    );
    // a Kenyan police found in full takes the bare mentions
    let found = extract(
        "The Kenyan police said the curfew holds. Police later said 20 people were arrested.",
        None,
    );
    assert_eq!(speaker(&found, "said", 1).as_deref(), Some("Kenyan police"));
}

#[test]
fn english_addressees_titles_and_dates_are_read_for_what_they_are() {
    let text = "At least four members of an armed group have been killed and six arrested, Interior \
                Ministry spokesman Ivo Kotevski told the MIA state news agency. On Saturday March 1, \
                70 Palestinians were wounded, said former FBI agent Jack Cloonan.";
    let found = extract(text, None);
    let told = statement(&found, "told");
    let content = told.content.slice(text);
    assert!(
        content.contains("four members"),
        "what was told, not to whom: {content}"
    );
    assert_eq!(speaker(&found, "said", 0).as_deref(), Some("Jack Cloonan"));
    assert!(
        found.figures.iter().all(|f| f.value != Some(1.0)),
        "«March 1» is a date"
    );
    assert!(found
        .figures
        .iter()
        .any(|f| f.value == Some(70.0) && f.unit == "wounded"));
}

#[test]
fn english_relative_clauses_quotations_and_circumstances() {
    let text = "Ahmat Ismael Bichara, who led the sect and claimed to follow the religion of Islam, \
                ordered his followers to attack villagers. Ahmed told reporters, \"The Americans have \
                promised us a better life.\" Human Rights Watch reported what it said was evidence \
                that the opposition had organized attacks. The Italian foreign ministry said in a \
                statement that it opposed unilateral initiatives. Nabil Abu Rdeneh, spokesman for \
                Palestinian President Mahmoud Abbas said that the offensive was no coincidence.";
    let found = extract(text, None);
    assert_eq!(
        speaker(&found, "ordered", 0).as_deref(),
        Some("Ahmat Ismael Bichara")
    );
    assert!(
        found.statements.iter().all(|s| s.cue != "promised"),
        "a verb inside a quotation is the speaker's words"
    );
    assert!(
        found.statements.iter().all(|s| s.cue != "reported"),
        "«reported what it said» is one statement"
    );
    let said = found
        .statements
        .iter()
        .find(|s| {
            let content = s.content.slice(text);
            content.contains("unilateral")
        })
        .expect("the ministry's statement");
    assert!(
        said.content.end - said.content.start > 20,
        "past «in a statement»"
    );
    assert_ne!(
        speaker(&found, "said", 2).as_deref(),
        Some("Mahmoud Abbas"),
        "the spokesman speaks, not the president he speaks for"
    );
}

#[test]
fn an_arabic_subject_right_before_its_verb_speaks() {
    let found = extract(
        "وكانت وزارة الدفاع العراقية أعلنت الاثنين الماضي انطلاق العمليات العسكرية. وكان رئيس هيئة \
         الأركان العامة في اليمن، اللواء محمد المقدشي ، قد أعلن الخميس، أن استعادة صنعاء أولوية، مؤكدا \
         قرب دحر الميليشيات. وقال المرصد السوري إن 18 برميلاً سقطت على المدينة.",
        None,
    );
    assert_eq!(
        speaker(&found, "أعلنت", 0).as_deref(),
        Some("وزارة الدفاع العراقية")
    );
    assert_eq!(speaker(&found, "أعلن", 0).as_deref(), Some("محمد المقدشي"));
    assert_eq!(speaker(&found, "مؤكدا", 0).as_deref(), Some("محمد المقدشي"));
    assert_eq!(speaker(&found, "وقال", 0).as_deref(), Some("المرصد السوري"));
    // a place in a prepositional phrase before a verb is not its subject
    let found = extract(
        "وتجري المعارك في عدن ، قد أعلن الجيش أن المدينة آمنة.",
        None,
    );
    assert_ne!(speaker(&found, "أعلن", 0).as_deref(), Some("عدن"));
}

#[test]
fn english_documents_appositions_double_names_and_more_cues() {
    let text = "A report published by the Iraq Body Count project, a British NGO, says that 24,865 \
                civilians have been killed. The report also states that 3,598 have been killed by \
                bombs. The African Union, which has been urging both sides to come to the table \
                during the months of unrest that led to many deaths, condemned the attempted coup. \
                The declaration was signed by opposition leader Andry Rajoelina. Earlier in the day, Rajoelina, the former mayor of Antananarivo and head of the \
                youth movement, had called for the president to be arrested. Dame Eliza \
                Manningham-Buller said that the threat was serious. Mr Rajoelina argues that \
                freedoms are being suppressed. The Iraqi government disputed the figures. Reuters \
                also pointed out that the report may underestimate deaths. The United States \
                sent troops.";
    let found = extract(text, None);
    assert_eq!(
        speaker(&found, "says", 0).as_deref(),
        Some("Iraq Body Count"),
        "a place at the head of a longer name is part of it"
    );
    assert_eq!(
        speaker(&found, "states", 0).as_deref(),
        Some("Iraq Body Count"),
        "«the report» speaks for whoever wrote it"
    );
    assert_eq!(
        speaker(&found, "condemned", 0).as_deref(),
        Some("African Union")
    );
    assert_eq!(
        speaker(&found, "called", 0).as_deref(),
        Some("Andry Rajoelina")
    );
    assert_eq!(
        speaker(&found, "said", 0).as_deref(),
        Some("Dame Eliza Manningham-Buller")
    );
    assert_eq!(
        speaker(&found, "argues", 0).as_deref(),
        Some("Andry Rajoelina")
    );
    assert_eq!(
        speaker(&found, "disputed", 0).as_deref(),
        Some("Iraqi government")
    );
    assert_eq!(speaker(&found, "pointed", 0).as_deref(), Some("Reuters"));
    assert_eq!(
        found
            .statements
            .iter()
            .filter(|s| s.cue == "States")
            .count(),
        0,
        "a capitalised cue word is part of a name"
    );
}

#[test]
fn arabic_titles_with_places_addressees_and_compound_cues() {
    let found = extract(
        "كشف قائد معركة تحرير عدن، العميد عبدالله الصبيحي، اعتزام الجيش الوطني التوجه لتحرير لحج. \
         ومضى قائلا إن العمليات لن تتوقف. وقال بدر محمد باسلمه للصحافيين إنها بداية العمليات في المطار.",
        None,
    );
    assert_eq!(
        speaker(&found, "كشف", 0).as_deref(),
        Some("عبدالله الصبيحي"),
        "the place belongs to the title; the person named after the comma speaks"
    );
    assert_eq!(
        speaker(&found, "قائلا", 0).as_deref(),
        Some("عبدالله الصبيحي")
    );
    assert_eq!(
        speaker(&found, "وقال", 0).as_deref(),
        Some("بدر محمد باسلمه"),
        "«للصحافيين» is whom it was said to, not part of the name"
    );
}

#[test]
fn spokesmen_for_a_body_officials_of_a_place_and_unnamed_sources_before_the_cue() {
    let found = extract(
        "وقال المتحدث باسم مجلس قيادة المقاومة الشعبية علي الأحمدي إن المقاتلين سيطروا على الحي. \
         وأشار مدير عام الصحة في عدن الخضر الزغلي إلى ارتفاع أعداد الضحايا. \
         وكانت مصادر عسكرية مالية ذكرت أن خمسة أجانب قتلوا. \
         وقال ناطق باسم السفارة الروسية في باماكو إن موظفا أفرج عنه.",
        None,
    );
    assert_eq!(
        speaker(&found, "وقال", 0).as_deref(),
        Some("علي الأحمدي"),
        "«علي» written with ya, in a text that writes «على» with alef maqsura, is a name"
    );
    assert_eq!(
        speaker(&found, "وأشار", 0).as_deref(),
        Some("الخضر الزغلي"),
        "after a place, an unknown definite word starts the name"
    );
    assert_eq!(
        speaker(&found, "ذكرت", 0),
        None,
        "unnamed sources before the cue do not hand it to the previous speaker"
    );
    assert_eq!(
        speaker(&found, "وقال", 1).as_deref(),
        Some("السفارة الروسية"),
        "a spokesman with no name speaks for the body he speaks for"
    );
}

#[test]
fn passive_sources_reporting_verbs_and_verbal_nouns_after_a_name() {
    let text = "The withdrawal contrasts with the 20,000 extra troops announced by U.S. President \
                George Bush. ABC News is reporting that a senior commander was killed. Tony Blair \
                said in a T.V. interview that the operation was now complete.";
    let found = extract(text, None);
    let source = figure_of(&found, 20000.0)
        .source
        .map(|a| found.actors[a].name.clone());
    assert_eq!(
        source.as_deref(),
        Some("George W. Bush"),
        "a participle with \"by\" credits the person, past the title and the country"
    );
    assert!(
        found.statements.iter().all(|s| s.cue != "announced"),
        "\"announced by\" is not a statement of its own"
    );
    assert_eq!(speaker(&found, "reporting", 0).as_deref(), Some("ABC News"));
    let said = statement(&found, "said");
    assert!(
        said.content
            .slice(text)
            .contains("the operation was now complete"),
        "\"T.V.\" does not end the sentence"
    );

    let found = extract(
        "تحاشى المتحدث باسم الخارجية الأميركية جون كيربي التعليق، وقال إن الحرب مستمرة. \
         ونفى كيربي وجود منطقة حظر طيران. وذكرت وكالة الصحافة الفرنسية على لسان مدير المرصد \
         السوري لحقوق الإنسان أن طائرات أميركية قتلت سبعة من مقاتلي النصرة.",
        None,
    );
    assert_eq!(
        speaker(&found, "ونفى", 0).as_deref(),
        Some("جون كيربي"),
        "a verbal noun after the name («التعليق») is not part of it"
    );
    let source = figure_of(&found, 7.0)
        .source
        .map(|a| found.actors[a].name.clone());
    assert_eq!(
        source.as_deref(),
        Some("المرصد السوري لحقوق الإنسان"),
        "«على لسان X» credits X"
    );
}

#[test]
fn verbs_inside_what_was_said_family_names_alone_and_titles_after_a_name() {
    let found = extract(
        "من جهته أبان وزير الخارجية المصري سامح شكري أن لقاءه بولي العهد أكد أهمية تدعيم العلاقات \
         بين البلدين. وأشار إلى أن اللقاءات تناولت العلاقات الثنائية. \
         وقال أمين جربوع شيخ قبلي في شبوة: إن أربعة ألوية تحركت إلى المدينة. \
         وأعلن قائد العمليات في بابل اللواء رياض الخيكاني أن قواته تقدمت. \
         وقال الخيكاني في حديث للصحيفة إن المعركة مستمرة.",
        None,
    );
    assert!(
        found.statements.iter().all(|s| s.cue != "أكد"),
        "a verb with no subject inside what someone said is part of it"
    );
    assert_eq!(
        speaker(&found, "وأشار", 0).as_deref(),
        Some("سامح شكري"),
        "so the next pronoun subject is still the minister"
    );
    assert_eq!(
        speaker(&found, "وقال", 0).as_deref(),
        Some("أمين جربوع"),
        "a title after a name is not part of it"
    );
    assert_eq!(
        speaker(&found, "وقال", 1).as_deref(),
        Some("رياض الخيكاني"),
        "a family name said alone is the person named in full before"
    );
}

#[test]
fn a_second_verb_of_the_same_subject_and_a_participle_after_a_long_clause() {
    let found = extract(
        "Macedonian Interior Ministry spokesman Ivo Kotevski told the MIA state news agency that \
         six were arrested. He said no police officers were injured and confirmed special forces \
         were still in the area. President Traian Basescu did not elaborate on the details of the \
         journalists' release, saying instead that further details would be given later. The \
         minister asked the military to be prepared.",
        None,
    );
    assert_eq!(
        speaker(&found, "confirmed", 0).as_deref(),
        Some("Ivo Kotevski"),
        "\"and confirmed\" continues the subject already speaking"
    );
    assert_eq!(
        speaker(&found, "saying", 0).as_deref(),
        Some("Traian Basescu"),
        "a participle after a comma belongs to the person the sentence opens with"
    );
    assert_ne!(
        speaker(&found, "asked", 0).as_deref(),
        Some("military"),
        "what follows \"asked\" is its object"
    );
}
