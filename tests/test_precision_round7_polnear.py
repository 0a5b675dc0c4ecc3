"""Round seven on PolNeAR (US political news): causes of wrong speakers found there, each rule
tested on text written here."""

from offline_runs import run_story, speaker_of


def test_a_quote_answered_by_someone_else_is_theirs():
    text = (
        "Harbour row\n\n"
        "Tom Reyes wrote that he needed to meet the mayor about the new pier.\n\n"
        "''It's the mayor's call,'' Ms. Dana Mills answered. ''I'll talk to him.''\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "mayor's call") == "Dana Mills"
    assert speaker_of(statements, "talk to him") == "Dana Mills"


def test_answering_questions_reports_no_words():
    text = (
        "Harbour row\n\n"
        "Tom Reyes answered questions from reporters for an hour after the vote on the pier.\n"
    )
    assert run_story(text, "harbour") == []


def test_according_to_a_titled_name_with_a_full_stop_names_the_person():
    text = (
        "Harbour row\n\n"
        "According to Rep. Dana Mills, the harbour fund was partly to blame for the delay.\n"
    )
    assert [s.speaker for s in run_story(text, "harbour")] == ["Dana Mills"]


def test_the_cue_after_a_quote_is_not_a_statement_of_its_own():
    text = (
        "Harbour row\n\n"
        "Tom Reyes, the harbour master, opened the new pier on Monday.\n\n"
        "\"When the storm came, my first thought was, 'Where do we moor the boats?'\" "
        "Reyes told reporters during the tour.\n\n"
        "''If the mayor thinks he can hide the costs from us, he is wrong!'' Mr. Reyes wrote "
        "on Twitter on Monday.\n\n"
        '"We are proud to open the new pier at last!" State Senator Dana Mills said at the '
        "ribbon cutting.\n"
    )
    statements = run_story(text, "harbour")
    assert [s.evidence[0].kind for s in statements] == ["direct"] * len(statements)
    assert speaker_of(statements, "hide the costs") == "Tom Reyes"


def test_a_quote_added_or_tweeted_by_someone_new_is_theirs():
    text = (
        "Harbour row\n\n"
        '"The pier is too far behind," said a Northport Democrat, "and the vote was not '
        'decisive."\n\n'
        '"I guess you never say never, but the gap between the two sides is awfully large," '
        'added a Southport Democrat. "Voters like the pier."\n\n'
        '"There is no one tougher than Dana Mills," said Tom Reyes, the harbour master.\n\n'
        '"Losing sucks. But we came a long way in a short period of time," tweeted Sam Cole, '
        "who ran the campaign for the new pier.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "never say never") == "Southport Democrat"
    assert speaker_of(statements, "Voters like the pier") == "Southport Democrat"
    assert speaker_of(statements, "Losing sucks") == "Sam Cole"


def test_adding_a_goal_is_no_cue():
    text = "Harbour row\n\nTom Reyes scored early and added a second goal before the break.\n"
    assert run_story(text, "harbour") == []


def test_a_title_before_a_name_with_a_no_break_space_is_part_of_it():
    text = (
        "Harbour row\n\n"
        '"The levy is fair," said Tom Reyes, the harbour master.\n\n'
        '"When people respond by the millions, that message is now mainstream," '
        "Sen.\u00a0Dana Mills said recently.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "respond by the millions") == "Dana Mills"


def test_a_reply_with_no_words_of_its_own_is_no_statement():
    text = (
        "Harbour row\n\n"
        "Tom Reyes called the new pier a waste of money on Monday.\n\n"
        "Now, Dana Mills has responded to Reyes's attack on the pier.\n\n"
        "Sam Cole sat with the crowd as he replied.\n\n"
        "Dana Mills responded first, ripping into the harbour board for the delay.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "responded to Reyes") is None
    assert speaker_of(statements, "as he replied") is None
    assert speaker_of(statements, "ripping into") == "Dana Mills"


def test_a_reply_before_a_quote_still_names_its_speaker():
    text = (
        "Harbour row\n\n"
        "Tom Reyes called the new pier a waste of money on Monday.\n\n"
        "Dana Mills responded to the attack on the pier.\n\n"
        '"The pier will pay for itself within ten years," she said.\n'
    )
    assert speaker_of(run_story(text, "harbour"), "pay for itself") == "Dana Mills"


def test_a_sentence_opening_with_while_gives_each_speaker_their_clause():
    text = (
        "Harbour row\n\n"
        "Harbour master Dana Mills pressed councillor Tom Reyes on the pier at a meeting on "
        "Sunday as she sought to puncture his appeal.\n\n"
        "While Mills pledged to work with both sides in the council, Reyes insisted that real "
        'change will come only with a dramatic shake-up of the board. "Nothing real will '
        'happen unless we have a revolution on the harbour," he said.\n'
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "work with both sides") == "Dana Mills"
    assert speaker_of(statements, "dramatic shake-up") == "Tom Reyes"
    assert speaker_of(statements, "Nothing real") == "Tom Reyes"


def test_a_while_clause_with_no_second_speaker_stays_whole():
    text = (
        "Harbour row\n\n"
        "While Dana Mills said that the pier must open this year, the board appears uneasy "
        "about the cost of the work.\n"
    )
    assert [s.speaker for s in run_story(text, "harbour")] == ["Dana Mills"]


def test_a_name_and_its_verb_before_a_colon_speak_the_quote_after_it():
    text = (
        "Harbour row\n\n"
        "Dana Mills said the new pier would open in May and pay for itself within ten years.\n\n"
        "When Mills suggested that the ferry firm’s lawyers would sue the council, Tom Reyes "
        'fired back forcefully: "If they sue us in a court in Northport, they are going to '
        'lose."\n\n'
        'Reyes said the costs were too high. Sam Cole interjected: "It\'s just not true."\n'
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "going to lose") == "Tom Reyes"
    assert speaker_of(statements, "just not true") == "Sam Cole"


def test_a_sentence_before_a_colon_that_is_more_than_a_name_and_verb_names_nobody_new():
    text = (
        "Harbour row\n\n"
        '"The pier must open in May," said Dana Mills, the harbour master.\n\n'
        'The Northport Council published its reply to the plan on Monday: "We need more '
        'time to read the costs."\n'
    )
    assert speaker_of(run_story(text, "harbour"), "more time") != "Northport Council"


def test_who_discloses_that_someone_called_is_the_speaker_not_the_caller():
    text = (
        "Harbour row\n\n"
        "Dana Mills, who ran the old ferry, has spoken about the harbour board again.\n\n"
        "On Sunday, she disclosed for the first time that after the vote, Tom Reyes called "
        "her to meet again.\n\n"
        "“This just caught me so off guard. I had not expected anything like this at all,” "
        "she said.\n"
    )
    statements = run_story(text, "harbour")
    assert speaker_of(statements, "called her to meet") == "Dana Mills"
    assert speaker_of(statements, "off guard") == "Dana Mills"
