"""Round twelve: the thirteenth set (measured unseen once, at the end of round eleven) and
the development sets' misses. Each rule is tested on text written here, not on an article of
a labelled set."""

from offline_runs import run_story, speaker_of


def test_a_singular_institution_opening_the_sentence_keeps_its_of_phrase():
    """'Federation of Small Traders chairman Ann Reyes said': the 'of' phrase opening the
    sentence is one institution's name before her title, so she speaks; 'Critics of Mr Hale
    said' and 'Half of the members said' still name nobody who speaks."""
    text = (
        "Shop rents\n\n"
        "Federation of Small Traders chairman Ann Reyes said rents had doubled in five years. "
        "Critics of Mr Hale said the levy would close hundreds of small shops. "
        "Half of Leeds traders said they would not renew their leases next year.\n"
    )
    statements = run_story(text, "shop rents")
    assert speaker_of(statements, "rents had doubled") == "Ann Reyes"
    assert speaker_of(statements, "close hundreds") is None
    assert speaker_of(statements, "renew their leases") is None


def test_a_firm_named_with_its_kind_in_an_appositive_is_the_company_that_speaks():
    """'Shares in Dunmore Mining, a Welsh coal firm, fell ... The company said': the
    appositive makes the name a firm's, not a person's, so 'the company' refers back to it,
    and 'Dunmore said' later is the same firm. 'Kirsty Hale, for the party, said' is still
    a person."""
    text = (
        "Mine setback\n\n"
        "Shares in Dunmore Mining, a Welsh coal firm, fell 18% after a poor drilling update. "
        "The company said tests had shown no coal worth mining at its newest pit. "
        "Dunmore added that it would drill again next year in the same valley. "
        "Kirsty Hale, for the union, said the jobs of 300 miners were now at risk.\n"
    )
    statements = run_story(text, "mine setback")
    assert speaker_of(statements, "no coal worth mining") == "Dunmore Mining"
    assert speaker_of(statements, "drill again") == "Dunmore Mining"
    assert speaker_of(statements, "jobs of 300 miners") == "Kirsty Hale"


def test_a_sentence_whose_quoted_words_are_nobodys_statement_is_read_as_reported_speech():
    """'While accepting that farmers "have to be paid" ..., Mr Dorn said he had "doubts"
    about ...': the quote opens a subordinate clause no cue binds, so the sentence is read
    as his reported speech; a sentence whose quote is a statement is not read twice."""
    text = (
        "Farm subsidies\n\n"
        "Agriculture minister Ivan Dorn spoke in Brussels on Monday. "
        'While accepting that farmers "have to be paid fairly" for their crops, Mr Dorn said '
        'he had "serious doubts" about the new subsidy plans. '
        'Mr Dorn said: "We will vote against the plans next month."\n'
    )
    statements = run_story(text, "farm subsidies")
    assert speaker_of(statements, "serious doubts") == "Ivan Dorn"
    assert len([s for s in statements if "vote against" in s.evidence[0].quote]) == 1


def test_one_word_name_always_written_after_a_number_is_shown_with_it():
    """'50 Cent said' was shown as 'Cent said': a name the story writes two or more times,
    never without its number, keeps it; a count ('More than 100 Republicans said') or a
    number the name follows once ('Under rule 11 Uefa said') is not part of a name."""
    text = (
        "Rap truce\n\n"
        "Rapper 60 Pence said the feud between the two labels was over for good. "
        '"We are here to show that people can rise above it," 60 Pence told reporters.\n'
    )
    statements = run_story(text, "rap truce")
    assert speaker_of(statements, "feud between the two labels") == "60 Pence"
    assert speaker_of(statements, "rise above it") == "60 Pence"
    counted = run_story(
        "Budget vote\n\nMore than 100 Republicans said they would vote against the bill. "
        "Under rule 11 Uefa said the club would be fined.\n",
        "budget vote",
    )
    assert speaker_of(counted, "vote against the bill") == "Republicans"
    assert speaker_of(counted, "would be fined") == "Uefa"


def test_a_name_after_a_preposition_and_a_title_is_its_object_not_the_speaker():
    """'A row about harbour master Tom Reyes said' names the row's subject, not who speaks;
    a clause of its own after the preposition ('under plans which the Tories say') and a
    participle after 'with' ('with its chairman Ann Hale adding') keep their speakers."""
    text = (
        "Harbour row\n\n"
        "The dispute about harbour master Tom Reyes said nothing about the new levy at all. "
        "Fees would be cut under plans which the Tories say would save the port £2m a year. "
        "The Harbour Trust backed the plan, with its chairman Ann Hale adding that fees "
        '"must fall before the summer season".\n'
    )
    statements = run_story(text, "harbour row")
    assert speaker_of(statements, "nothing about the new levy") is None
    assert speaker_of(statements, "save the port") == "the Tories"
    assert speaker_of(statements, "must fall before the summer") == "Ann Hale"
    opening = run_story(
        "Harbour row\n\nIn a letter to staff boss Ann Hale said the firm would close two plants.\n",
        "harbour row",
    )
    assert speaker_of(opening, "close two plants") == "Ann Hale"  # an opening phrase


def test_a_description_then_a_name_between_commas_speaks_as_that_person():
    """ "Hale's lawyer, Gregory Dorn, said", "his counterpart on the committee, Ann Beith,
    said": a noun phrase of what someone is, then their name between commas, is one
    subject. Two subjects joined by 'and' ("The federation and Kenya's secretary of state for
    sport, Ann Hale, confirmed") are not hers alone."""
    text = (
        "Doping case\n\n"
        "Hale's lawyer, Gregory Dorn, said the ruling cleared the sprinter of every charge. "
        "His counterpart on the appeals committee, Ann Beith, said the ruling would be "
        "challenged within a month. "
        "The federation and Kenya's secretary of state for sport, Ann Hale, confirmed the "
        "appeal would be heard in Lausanne.\n"
    )
    statements = run_story(text, "doping case")
    assert speaker_of(statements, "cleared the sprinter") == "Gregory Dorn"
    assert speaker_of(statements, "challenged within a month") == "Ann Beith"
    assert speaker_of(statements, "heard in Lausanne") is None


def test_ridiculing_is_said_but_condemning_to_prison_or_slamming_a_racket_is_not():
    """'The minister ridiculed the plans for ...' reports speech. 'Attacked', 'slammed',
    'condemned' and 'denounced' are left out: they are acts too ('Hale slammed his racket',
    'The judge condemned the two men to life in prison')."""
    text = (
        "Port closures\n\n"
        "Transport minister Ann Hale ridiculed the union's plans for a state-run ferry line. "
        "A furious Tom Reyes slammed his fist onto the table when the vote was lost. "
        "Judge Ann Hale condemned the two men to life in prison for the murder.\n"
    )
    statements = run_story(text, "port closures")
    assert speaker_of(statements, "state-run ferry line") == "Ann Hale"
    assert speaker_of(statements, "slammed his fist") is None
    assert speaker_of(statements, "life in prison") is None


def test_quoted_words_another_voice_owns_are_not_read_into_a_named_speakers_sentence():
    """Second readers' cases: a quote with a cue no rule can name ('a senior source said',
    'said one'), words a thing carries (a banner, a leaflet) before another subject's clause,
    and a participle whose subject is not the name before it are nobody's statement."""
    sentences = [
        '"The deal is dead in the water now," a senior source said, though Tom Reyes '
        "insisted talks would continue.",
        '"Nobody told us anything about the closure," one worker said, while union leader Ann '
        "Hale said members would strike.",
        'Protesters held banners reading "hands off our hospital now", as Ann Hale told the '
        "crowd the ward would close.",
        'The council leaflet promised "lower bills for every single household", but Tom Reyes '
        "said bills had risen.",
        'But police arrested Tom Reyes on Friday, saying: "He is a danger to the public."',
        'According to Tom Reyes, the club defended the fee, saying: "It was fair."',
        '"We are further apart than we have ever been," one union official joked, but Tom '
        "Reyes said a deal was close.",
        '"Take back control of our borders" was the slogan on the bus, but Tom Reyes said the '
        "figures on it were wrong.",
        "Beijing's state media branded the visit \"a grave provocation against the Chinese "
        'people", but Tom Reyes said it would go ahead.',
        'According to the Harbour Gazette, one road sign read, "Trust in God, not your '
        'brakes, on the icy roads this winter."',
    ]
    for sentence in sentences:
        statements = run_story(f"Harbour row\n\n{sentence}\n", "harbour row")
        assert [s.speaker for s in statements] == [], sentence


def test_an_opening_word_before_of_heads_a_name_only_if_it_names_an_organisation():
    """'Ahead of Wimbledon Andy Murray said', 'Five of Labour's MPs said', 'Captain of
    England Tom Reyes said' name no institution; 'Bank of Leeds chairman Ann Hale said'
    does."""
    text = (
        "Season start\n\n"
        "Ahead of Wimbledon Andy Murray said his back was no longer a problem at all. "
        "Five of Labour's MPs said they would rebel on the vote next week. "
        "Bank of Leeds chairman Ann Hale said rates would stay low all year.\n"
    )
    statements = run_story(text, "season start")
    assert "Ahead of Wimbledon Andy Murray" not in [s.speaker for s in statements]
    assert speaker_of(statements, "rebel on the vote") is None
    assert speaker_of(statements, "rates would stay low") == "Ann Hale"
    titled = run_story(
        "Rates\n\nBank of England Governor Tom Reyes said rates would stay on hold.\n", "rates"
    )
    assert "Bank of England Governor Tom Reyes" not in [s.speaker for s in titled]


def test_a_name_in_apposition_to_the_noun_after_of_is_not_the_speaker():
    """'The mother of the teenager, Tom Reyes, said': the name may be the teenager's, and
    'A spokesman for the club's owner, Tom Reyes, said' is the spokesman speaking; neither
    is Tom Reyes's statement."""
    for sentence in (
        "The mother of the teenager, Tom Reyes, said the police had ignored her calls.",
        "A lawyer for the victim, Tom Reyes, said the sentence was far too lenient.",
        "The officer who shot the boy's father, Tom Reyes, told the inquiry he had been afraid.",
        "A spokesman for the club's owner, Tom Reyes, said the club was not for sale.",
    ):
        statements = run_story(f"Court case\n\n{sentence}\n", "court case")
        assert "Tom Reyes" not in [s.speaker for s in statements], sentence


def test_a_name_after_a_possessive_qualifies_a_noun_and_says_nothing():
    """'Sony released its Walkman branded phone' made 'Walkman' a speaker ('branded' is a
    verb of speech), and 'The host who presents Stars In Their Eyes said' made 'Eyes' one;
    'its chief executive Tom Reyes said' keeps its speaker."""
    text = (
        "Phone launch\n\n"
        "Harbourline just released its Walkman branded mobile phone, the W800, this week. "
        "Its chief executive Tom Reyes said sales would double by the summer. "
        "Harbourline will show off the W900 - its recently unveiled Walkman branded phone - "
        "at the fair. His mother Ann Reyes told reporters he worked too hard.\n"
    )
    statements = run_story(text, "phone launch")
    assert speaker_of(statements, "branded mobile phone") is None
    assert speaker_of(statements, "sales would double") == "Tom Reyes"
    assert speaker_of(statements, "show off the W900") is None
    assert speaker_of(statements, "worked too hard") == "Ann Reyes"
