"""segment, dates: find the date of the meeting or event a briefing reports, as ISO ``YYYY-MM-DD``.

Part of the segment stage (used by :mod:`pipeline.segment`, :mod:`pipeline.segment_titles` and
:mod:`pipeline.segment_lines`; it imports none of them). Plain regular expressions and
:mod:`datetime`; no date library, so a resolution number such as "resolution 2396 (2017)" or a
bare year can never become a date: every candidate needs a day, a month and a year.

Written forms recognised (all patterns live in this module):

- ``4 February 2022``, ``4th of February 2022``, ``Friday, 4 February 2022``, ``this 10th day of
  December 2023``, ``this fourteenth day of May two thousand and twenty-four`` (closing formulas)
- ``February 4, 2022``, ``Feb. 4, 2022``
- ranges, giving their first day: ``4–5 May 2023``, ``October 28–29, 2022``,
  ``30 September – 1 October 2022``, ``4 and 5 May 2023``, ``6 March to Wednesday, 8 March 2023``,
  ``13, 14 and 15 May 2024``, ``13/14 May 2024``
- full dates in French, Spanish and Portuguese, as communiqués issued in those languages write
  their datelines: ``3 juin 2024``, ``le 1er mars 2024``, ``3 de junio de 2024``, ``3 de junho de 2024``
- ISO-like datelines: ``2022-10-14``, ``2022/10/14``; the month named between hyphens: ``14-May-2024``
- day-first numeric dates: ``28.03.2024`` (dots), ``28/03/2024`` and ``28-03-2024`` (slashes or
  hyphens, only when the first number is above 12); month-first ``03/28/2024`` when the second
  number is above 12

A full stop after a month's full name ends a sentence ("... circulated on 1 November. The
Committee ..."): only an abbreviated month ("Sept. 3") keeps its full stop.

Slashed numeric forms that read both ways (``04/02/2022``: 4 February or April 2) are read in the
order the document writes its other dates ("Strasbourg 12/06/2024" over "by 31 December 2025" is
12 June; :func:`writes_day_first`, and the segment stage reads a document inside
:func:`reading_order`); when its other dates do not tell, they are not used.
A day and month without a year ("met on 12 March", "on Tuesday, 12 March") is used only by rule
1b below, with the year of the document's own full date.

Which date wins when there are several (``pick_date``), first rule that finds one.

0. **Programme of work**: a paper whose heading on a header line opens with a programme of work
   ("Programme of Work for April 2026", "Programme of work of the sixty-first session";
   ``work_programmes`` in data/headers.json) is dated by the first day it programmes: for a
   month, the first day of that month its table lists ("Wed 1 April", the year from the heading;
   a weekday written must fit, looked for in the PROGRAMME_TABLE_CHARS under the heading);
   otherwise a dateline on a header line, the session's
   days ("23 February - 3 April 2026", a range of any length, its first day). Never its status
   note in brackets ("(as at 31 March 2026; subject to change)", "(as adopted at the
   organizational meeting of 16 February 2026)": the day of the paper's version). When it finds
   no day, the rules below apply.

0b. **Report on a session**: a report whose heading names the session it reports on with its
   place and days in brackets ("Report of Working Group IV (Electronic Commerce) on the work of its
   sixty-ninth session (New York, 31 March-4 April 2025)") is dated by that session's first day,
   not by the session of the body that receives it ("Fifty-eighth session / Vienna, 7-25 July
   2025" on its front page). So is a report on a visit or a mission whose heading closes on its
   days ("Report on the field visit of members of the Executive Board to the Kyrgyz Republic,
   3-8 June 2024" under "Annual session / Rome, 24-28 June 2024").

0c. **Letter**: a letter or note verbale whose heading in the opening gives its own date ("Letter
   dated 12 August 2025 from the Permanent Representative of Tonga ... addressed to the
   Secretary-General") is dated by it: the letter is the paper, not the meeting whose outcome it
   transmits ("the Declaration adopted ... at its meeting held on 7 and 8 July 2025"), nor the
   day its front page was issued.

Only the
*opening* of the document is searched (but for rules 0, 5 and 6) (the first few non-noise blocks: title, datelines, first
paragraph; a run of header fields such as an e-mail's "From: / To: / Date: / Subject:" counts as
one block, so that the invitation under it is still read); dates later in a text are its
history ("on 26 June 1945 the Charter was signed"), and a speech with no meeting date in its
opening gets none. In a transcript (two speakers' turns or more in its first blocks: "Oleg Serebrian:
Good afternoon. ...", "Question (TV8): ...", "SPOKESPERSON: ..."), the opening ends at the first
turn (the paragraphs after a turn are the same speaker's): a day a
speaker tells of ("Yesterday I met ...", "Mauritania held a presidential election on 29 June",
"the Minister travels to Malabo on Monday") is not the press conference's, which its dateline gives. In an e-mail, the "Date:" header is the day it was sent: a meeting date cued
in its opening ("to be held on 10 December 2024"), or a "Date:" field in its body below the header
fields and a blank line, wins by rule 1, the header date is rule 2.

1. **Event cue**: the first date in the opening whose sentence says it is the meeting's:
   a cue word before it ("held on", "convened", "meeting", "briefing", "session", "today", "the
   signing of ... on", "the
   Board heard on", "Item 12 was taken up on", an
   event verb: "launched", "visited", "addressed", "chaired" ...) or a meeting verb just after it
   ("On 4 February 2022, the Council held ..."; when the date opens its sentence, the verb after
   a long subject: "On 2 October, the Undersecretary ... and the Chief Executive ... co-chaired";
   so does a range of days after a fronted "From": "From 13 to 16 October 2025, I led a delegation ...",
   or a body's decision: "On 16 August 2024, the Security Council Committee established pursuant
   to resolution 1970 (2011) concerning Libya approved the removal ..." under the release's
   "19 August 2024"; not one of another clause: "... said that the accord signed"), or the statement's own day right before it
   ("..., INTERPOL said on 7 November 2023", "... warned on", "urged on"); a cue word in another
   column of the line does not count ("Seventy-sixth session<gap>31 August 2026": a front page's
   day of issue beside the session line); not one more than CUED_MAX_DAYS_BEFORE days
   before the opening's latest date (history the text recalls), and not one that follows "today"
   in its sentence when a dateline on another day stands above, outside the cued range ("The
   Permanent Council today received the report ... on the elections held on May 5, 2024" under
   "June 19, 2024"; "The General Assembly today elected 18 members for terms beginning
   1 January 2025" under "9 October 2024": today is the dateline's day, the cued date what the
   meeting is about). A future day cued in the opening ("will co-chair the Ministerial Session
   on 4 December 2024") a few days (BEGUN_TODAY_MAX_DAYS) after the dateline gives way to the
   dateline when another sentence of the opening, not about the future, says a meeting of the
   event is held today ("The Senior Officials' Meeting takes place today, 3 December"): the
   event began that day, and an event over several days gives its first. A cued range that a dateline of its own or a header line below it falls
   inside (a session of "22–26 April 2024", a panel on "Thursday, 25 April 2024" under its
   heading; "EB156 – Daily update: Wednesday, 5 February 2025" under "Executive Board, 156th
   session, Geneva, 3–11 February 2025"), or a cued day in the opening after a range on a header line ("The
   Council met on 19 June 2024" under "18 June–12 July 2024"), gives that day: the part of the session the paper reports on.
   Not a dateline on the range's last day: a paper issued at the end of a meeting or a visit ("on his
   official visit to the Kyrgyz Republic, 8-19 September 2025" over "Bishkek, 19 September 2025")
   gives its first day, like any range; so does a cued dateline ("Briefing 14, 27/06/2025") on the
   last day of a meeting's range on a header line ("Maritime Safety Committee (MSC 110), 18-27 June 2025").
   Not a day that a statement reacts to in the present tense, under a dateline of a later day
   ("Windhoek, 8 July 2025 / The Forum welcomes the passage by the Parliament, on 3 July 2025,
   of ...", "condemns", "congratulates": a press statement gives its date of issue).
1b. **Event cue, year from the header**: a cued day and month written without a year ("The
   Group met on 12 March in Conference Room 6", "On February 5th, IPI hosted a seminar") takes
   the year of the opening's first full date. In an e-mail or memo (that date is on a "Date:" or
   "Sent:" header line, the day it was sent) any such day counts, an invitation's future one
   too, but not a further meeting ("will meet again on", "next meeting on"). Elsewhere the
   first full date is the page's date of publication: the day must fall at most
   YEARLESS_MAX_DAYS_BEFORE days before it (the year before, across a new year), not in a
   sentence about the future, and not in an opening that says "today" (then the dateline is
   the day of the event itself, and a yearless day is an earlier one the text recalls); below
   the lead (the opening's first paragraph) only when the heading or the lead names a meeting or
   an event (a cue word): under "Chad steps up response as hepatitis E spreads ..." and a lead
   that reports no meeting, "The Minister ... visited the district hospital on 20 August" in a
   later paragraph is a detail of the story, and the paper keeps its date of issue. A
   weekday written with it must fall on that day in that year ("Tuesday, 12 March" in 2024),
   else it is not used. An opening that says a gathering ended today ("concluded its
   sixty-fifth session today") lets the day it opened count ("The session, which opened on
   1 September", "began on"; at most MEETING_MAX_DAYS before): its first day, as a range
   gives. An opening that says a visit of N days ended today ("concluded a three-day
   visit to the region today" under "28 May 2025") lets a cued day in those N days count ("In
   Dushanbe on 26 May, ... held talks"): the visit's first day. The first day is never computed
   from N alone: the text must write it.
1c. **An e-mail's event with its hours**: in an e-mail (the opening's first full date on its "Sent:"
   or "Date:" header line), the first day within MAIL_EVENT_CHARS of its top given with a time
   range ("When: Thursday, 26 February 2026, 18:00-20:00" in a forwarded invitation below the
   opening; "Tuesday 19 May, 08:00-09:00" with the mail's year, the weekday fitting) or under a
   "When:" label is the event's, not the day the mail was sent. In the opening of any paper a
   date followed by its hours ("20 May 2026, 13:15-14:30", "29 January 2026, from 10 a.m. to
   1 p.m.") is cued (rule 1).
2. **Dateline**: a news dateline opening a block ("GENEVA, 21 April 2023 – ...", "NAIROBI,
   Kenya, June 14th 2023 — ...", "BAGHDAD – 12 April 2023 – ...", "NEW YORK/GENEVA (13 March
   2024) – ...", "12 April 2023, Baghdad – ...", "14 May 2024 — The Council ...", "PORT OF
   SPAIN, TRINIDAD AND TOBAGO – Wednesday 12th March 2025: ...", "San José, Costa Rica,
   September 26, 2024. – ...", "[Port of Spain, 12 March 2025] ...", "Port of Spain | 12 March
   2025 | ...", "12 March 2025 | Port of Spain – ...", "Port-of-Spain, March 12, 2025
   /PRNewswire/ -- ..."), or a line near the top that is only a date (optionally with a
   place, a weekday, a time or a "Date:" label), e.g. ``New York, 4 February 2022`` or
   ``2022-10-14``; a place may hold small words before a comma ("Port of Spain", "Kingstown,
   Saint Vincent and the Grenadines", "Democratic Republic of the Congo": "of" only after
   "Port", "Republic", "Isle" ..., no word naming a body or a gathering: "Meeting of the Working
   Group, 15 September 2022" is a heading); a status date ("As of 3 May 2024" on a line of its own, opening a block or
   after a separator in a header line: "Reporting period: 1–7 May 2024 | As of 8 May 2024", or the day of issue after one: "Reporting period:
   11-16 September 2024 | Issued 17 September 2024";
   "Data as at 14 May 2024": the day a situation report describes). When the opening says in a sentence about the meeting that it was
   "yesterday" or "on Monday", the meeting day is counted back from the dateline (the day
   before; the last Monday up to the dateline). A dateline that is a range gives way to a day
   inside it on a dateline or header line below it, as a cued range does in rule 1 ("Geneva, 28
   April – 9 May 2025" over a side event's "Date: Tuesday, 29 April 2025": the part of the
   meetings the paper reports on). A dateline on the last day of a meeting's range
   written on a header line ("Geneva, 27 June 2025" over "Committee on Trade, 18-27 June 2025")
   gives the range's first day, and so does one on the last day of a range that a sentence of the
   opening writes without its year ("LONGYEARBYEN, 12 June 2025 – ... travelled to Svalbard from
   9 to 12 June": a visit's first day; not a reporting period). A dateline without its year ("Thursday,
   12 December") takes a year the document writes itself: in its header lines or opening (a
   title "... Retreat 2024"), else in a copyright line (so does a news dateline without its
   year, "GENEVA (26 February) – ..."); a weekday must fit that year and picks
   among several; so does a cued day in an opening that writes no full date, when a weekday
   written with it fits ("On Tuesday, 14 May, the Secretary-General spoke with ..." under
   "© 2024 United Nations"). With no such year there is no date: a year is never guessed. The date of
   issue on a UN front page ("Distr.: General / 20 March 2024") comes last among datelines: a
   record ("9601st meeting / Wednesday, 10 April 2024", "Summary record of the 3rd meeting /
   Held at ... on Thursday, 14 March 2024") is dated by its meeting, not by the day it was
   issued; a report with no meeting keeps its date of issue, a letter headed by its own date
   ("Letter dated 3 March 2023 from ..." under "Distr.: General / 6 March 2023") that date (rule 0c). So does a date on the
   line under the paper's symbol or reference ("EEF.GAL/14/25 / 2 September 2025", "Ref.
   MFA/PR/45 / ...") or labelled as the day of issue or publication ("Published: 16 May 2025",
   "Issued: 14 August 2025, 0800 hrs"): a dateline below it that names a place and a day or a
   meeting's days ("Prague, 10–11 September 2025" under the heading) is the event's and wins;
   with none (a press release "GA/12641 / 9 October 2024"; "Updated: 15 August 2025" names no
   place) the date of issue is the paper's date. A news dateline is one day or a meeting's days,
   not a period ("CUMULATIVE LOSSES (26 June – 13 August 2025)" is a heading).
3. **Header date**: the first date in a short opening block that is not a sentence (a title or
   subtitle line such as "Security Council, 9000th meeting, 4 February 2022"); a period's days
   after its label ("Data collected: 1-6 September 2025 | Published: 8 September 2025") only when
   no other such date is there.
4. **Document date**: with no meeting date at all, the date a document's heading gives itself
   ("Letter dated 3 March 2023 from the Permanent Representative of ..."): its date of issue.
5. **Closing dateline**: else a statement signed at its foot ("New York, 3 May 2024", "Done at
   Abuja, this 10th day of December 2023" on a line
   of its own in the last CLOSING_BLOCKS blocks) is dated by it, its date of issue.
6. **First story's dateline**: else a paper that nothing above dates (a newsletter whose
   masthead gives only its period, over a table of contents) is dated by the first news dateline
   that opens a block below the opening ("Ayorou, 5 December 2024 - Some 120 fishers ..."). These
   two and a month's programme (rule 0) are the only dates read outside the opening.

In every rule a date that is plainly something else is skipped: one introduced by "the attacks
of", "since", "adopted on", "dated", "signed on", polling day's "the elections of" or "the election
held on" (an observation mission's statement gives its date of issue), another gathering's day
before or after the one reported ("The session was preceded on 8 and 9 September by a
preparatory meeting", "was followed on 14 May by") ..., or followed by "attacks" ("the
11 September 2001 attacks"); but an embargo line's date ("EMBARGOED until 3 May 2024, 10:00
GMT") is the day of release, a dateline. Dates inside noise lines are not considered.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json

#: How many non-noise blocks from the top make the opening, and the most characters it spans.
OPENING_BLOCKS = 5
OPENING_CHARS = 1500
#: Longest block whose date counts as a header date (rule 3).
HEADER_BLOCK_CHARS = 250
#: How many non-blank lines from the top a dateline may sit (rule 2).
DATELINE_MAX_LINE = 8

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# A full stop belongs to a month only when it is abbreviated ("Sept. 3"): after a full name it ends
# the sentence ("... circulated on 1 November. The Committee is chaired by ..."), and the words
# after it are another sentence's.
_MONTH_FULL = [m for m in _MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = (r"(?:" + "|".join(sorted(_MONTH_FULL, key=len, reverse=True)) + r"|(?:"
          + "|".join(sorted(set(_MONTHS) - set(_MONTH_FULL), key=len, reverse=True)) + r")\.?)")
# Month names in French, Spanish and Portuguese, read only in a full date ("3 juin 2024", "le 1er
# mars 2024", "3 de junio de 2024", "3 de junho de 2024"): the datelines of communiqués issued in
# those languages under an English text. Never in the yearless rules, where "mars" or "mayo"
# alone would say too little.
_FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
}
_FOREIGN_DATE = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:er|º|°)?(?:\s*(?:[-–]|au|al|a)\s*[0-3]?\d(?:er|º)?)?\s+(?:de\s+)?"
    r"(?P<m>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")\s+(?:de\s+|del\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# A range separator. "¨C" and "â€“" are the en dash as it looks before repair (GBK or UTF-8
# read as a Western codec): the date must not depend on whether repair ran.
_DASH = r"\s*(?:[-–—‒/]|¨C|â€“|to|and|&)\s*"

# A weekday inside a range: "6 March to Wednesday, 8 March 2023".
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>{_DAY})(?:(?:\s*,\s*{_DAY})*{_DASH}{_WEEKDAY}?{_DAY})?\s+(?:day\s+of\s+|of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y0>{_YEAR}))?"
    rf"(?:{_DASH}{_WEEKDAY}?{_DAY}\s+(?:of\s+)?{_MONTH})?,?\s+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y0>{_YEAR}))?(?:{_DASH}{_WEEKDAY}?(?:{_MONTH}\s+)?{_DAY})?,?\s+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
# The day, the month's name and the year between hyphens or slashes: "14-May-2024", "14/May/2024".
_DAY_MON_YEAR_HYPHENS = re.compile(rf"(?<![\w/-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<m>{_MONTH})(?P=sep)(?P<y>{_YEAR})(?![\w/-])", re.IGNORECASE)
_ISO = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/.-]?\d)")
# Day-first numeric dates: "28.03.2024" (dots: the European day.month.year order), and
# "28/03/2024", "28-03-2024" only when they cannot be read month-first (the day is above 12).
_NUMERIC_DMY = re.compile(r"(?<![\d/.,-])(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.-]?\d)(?!\w)")

# Words just before a date that make it the meeting's (rule 1). Looked for in the same sentence,
# at most CUE_WINDOW characters before the date.
CUE_WINDOW = 120
_EVENT_CUE = re.compile(
    r"\b(?:held|convened|took\s+place|takes\s+place|will\s+take\s+place|taking\s+place|met|meets|"
    r"meeting|briefing|session|conference|summit|workshop|dialogue|forum|consultations?|debate|"
    r"event|webinar|hosted|organi[sz]ed|today|this\s+day|visit|conducted|seminar|symposium|retreat|"
    r"ceremony|hearing|training|exercise|talks|meet|visited|launched|addressed|attended|chaired|co-chaired|plenary|readout|"
    r"co-hosted|inaugurated|opened|gathered|came\s+together|assembled|took\s+part|participated|"
    # "the Board heard on 2 July 2024", "the Council was briefed on 3 May"; an agenda item taken up on a day
    # of the session ("Item 12 was taken up on 3 June 2026", "The Board took up item 5 on"; not "took up her functions")
    r"heard|briefed|took\s+up\s+(?:agenda\s+)?items?|(?:agenda\s+)?items?\s+[\w.()]+\s+was\s+taken\s+up|"
    # a visit's words: "undertook a promotion mission to Gabon from 3 to 10 March 2025", "a five-day tour ...,
    # beginning on 10 March", the noun "call": "Readout: HC call on Permanent Secretary ... (5 June)"
    r"tour|trip|undertook|undertaken|call\s+on|courtesy\s+call|"
    # a signing is an event of its own: "with the signing of a Bilateral Air Services Agreement on Thursday,
    # October 10, 2024" (not "signed on", a document's date: _NOT_EVENT_BEFORE)
    r"signing)\b",
    re.IGNORECASE,
)
# A meeting verb right after the date, in the same sentence ("On 4 May 2023, the Council held").
CUE_AFTER_WINDOW = 60
_EVENT_CUE_AFTER = re.compile(
    r"^[^.;:!?]*?\b(?:held|convened|met|hosted|organi[sz]ed|took\s+place|opened|briefed|heard|adopted\s+the\s+agenda|"
    r"launched|visited|addressed|attended|chaired|inaugurated|spoke|received|discussed|signed|concluded|participated|delivered|"
    r"handed\s+over|brought\s+together)\b",
    re.IGNORECASE,
)
# A body's decision or a visit, the verb of a sentence that a date opens ("On 16 August 2024, the Security
# Council Committee established pursuant to resolution 1970 (2011) concerning Libya approved the
# removal ..."): what the body did that day. Read only after a fronted date: right after a date
# inside a sentence these verbs may tell of an older text ("the plan of 3 May 2024 approved by ...").
_DECISION_CUE_AFTER = re.compile(
    r"^[^.;:!?]*?\b(?:approved|adopted|decided|agreed|endorsed|elected|appointed|designated|removed|added|extended|renewed|authori[sz]ed"
    r"|led|travell?ed|toured|undertook|paid|carried\s+out|conducted)\b",  # and a visit's: "From 13 to 16 October 2025, I led a delegation to Kinshasa",
    # "On 21 September 2026, the Ombudsman ... carried out an unannounced visit to ..."
    re.IGNORECASE,
)
# A date introduced like this is plainly something else (a past event, a document's date).
_NOT_EVENT_BEFORE = re.compile(
    r"(?:\b(?:attacks?|bombings?|massacre|tragedy|events|since|until|till|before|after|adopted|"
    r"signed|dated|born|died|established|founded|created|declared|proclaimed|by|of\s+its|resolution|decision|ago,?|"
    # another gathering before or after the one reported: "The session was preceded on 8 and 9 September by a
    # preparatory meeting of senior officials", "was followed on 14 May by a field visit"
    r"preceded|followed|"
    r"reporting\s+period\s*:?|period\s+covered\s*:?|covering(?:\s+the\s+period)?|"
    # polling day: "the legislative elections of 5 June 2025", "the election held on 29 June", "polling day,"
    # (not "the Assembly held elections on 9 October": its meeting); also with the place and the weekday
    # ("the general elections held in Costa Rica on Sunday, February 1", "the elections held on Sunday 25 May")
    r"elections?\s+(?:of|held\s+(?:on|in(?:\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+on)?))"
    r"(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?|polling\s+day,?)"
    r"(?:\s+(?:on|of|in|from))?(?:\s+the)?\s*)$",
    re.IGNORECASE,
)
# An embargo line gives the day of release, though "until" or "before" stands before its date.
_EMBARGO = re.compile(r"\bembargo(?:ed)?\b[^\n]{0,60}$", re.IGNORECASE)
# A meeting day given relative to the dateline (rule 2): "yesterday", "on Monday".
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE_DAY = re.compile(r"\b(?:(?P<yesterday>yesterday)|on\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.IGNORECASE)
#: A later meeting than the one a text reports ("The Group will meet again on 12 April").
_FURTHER = re.compile(r"\b(?:again|next)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|next|upcoming|planned|expected)\b", re.IGNORECASE)
_MEETING_VERB = re.compile(
    r"\b(?:held|met|convened|adopted|heard|hosted|concluded|opened|briefed|discussed|debated|"
    r"spoke|talked|chaired|co-chaired|"
    r"meeting|briefing|session|debate|dialogue|consultations)\b", re.IGNORECASE)
# A document named with its own date (rule 4): "Letter dated 3 March 2023 from ...".
_DOCUMENT_DATED = re.compile(r"\b(?:letters?|notes?\s+verbales?|notes?|communications?|messages?|reports?)\s+dated\s+$", re.IGNORECASE)
_NOT_EVENT_AFTER = re.compile(
    # (not across a blank line: "SC/16431 | 21 May 2026" over the headline "Attacks on Water Systems ...")
    r"^(?:[^\w\n]|\n(?![ \t]*\n)){0,3}(?:(?:terrorist\s+)?(?:attacks?|bombings?|events|massacre|tragedy)"
    # polling day before the kind of elections: "the 23 November 2025 presidential and legislative elections"
    r"|(?:(?:general|presidential|legislative|parliamentary|local|municipal|regional|provincial|and|,)\s*){1,5}elections?)\b",
    re.IGNORECASE,
)
# What may stand beside a date on a dateline: places, a weekday, a label, times and time ranges.
# The rest of the line, once the date is cut out, is split into tokens and each must be one of these.
_DATELINE_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|\d{1,2}(?:[.:]\d\d)?(?:\s*(?:a\.\s?m\.|p\.\s?m\.|am|pm|hrs?|h)\b)?|\S")
_DATELINE_WORDS = frozenset(
    "date dated issued published publication posted updated modified last released meeting time venue place by "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "a.m. p.m. am pm a.m p.m hrs hr h noon midnight gmt utc cet cest est edt eat wat local "
    "at from to on until till and done this le".split()  # "Bamako, le 3 juin 2024"
    # the weekday in French, Spanish and Portuguese ("Bogotá, D.C., viernes 7 de febrero de 2025")
    + "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
      "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()
)
_DATELINE_PUNCT = frozenset(",.:;()[]–—-|/&")
#: At most this many capitalised words (a place: "United Nations Headquarters, New York") beside a date.
DATELINE_MAX_PLACE_WORDS = 8
#: ... and at most this many in a row with no comma or other mark between them ("Bandar Seri
#: Begawan, Brunei Darussalam"; a longer run is a heading's words).
DATELINE_MAX_PLACE_RUN = 5
_PLACE = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|du|el|al|and|del|des|da|do|la|le))*"  # "Trinidad and Tobago"
# A news dateline at the start of a paragraph: "GENEVA, 21 April 2023 – ...", "NEW YORK (4 May 2023) - ...",
# "BAGHDAD – 12 April 2023 – ...", "NEW YORK/GENEVA (13 March 2024) – ...", "BAGHDAD (UNAMI) – 12 April
# 2023 – ...", "Nairobi, Kenya – 14 June 2023: ...", the issuer after the date ("NEW YORK, 14 May 2024
# (UN News) - ..."), and date first: "12 April 2023, Baghdad – ...", "14 May 2024 — The Council ...".
_NEWS_DATELINE_BEFORE = re.compile(
    rf"^[\[(]?{_PLACE}(?:\s*[,/]\s*{_PLACE}){{0,2}}(?:\s*\([A-Z][\w.-]*\))?\s*[,;(\[–—|.-]\s*"  # also in brackets: "(New York/Geneva, 28 February 2024):",
    # "[Port of Spain, 12 March 2025]"; after a bar or a full stop: "Port of Spain | 12 March 2025 |"; after a
    # semicolon: "Arusha, Tanzania; Tuesday, 11th February, 2025:"
    rf"(?i:{_WEEKDAY})?$"  # the weekday after the place's dash: "PORT OF SPAIN, TRINIDAD AND TOBAGO – Wednesday 12th March 2025:"
)
_NEWS_DATELINE_AFTER = re.compile(
    r"^\s*(?:[\])]\s*)?(?:\([A-Z][\w .&'’-]{0,40}\)\s*|,\s*[A-Z]{2,6}\s*|/[A-Za-z][\w .-]{0,30}/\s*)?[–—:|-]"  # "... 2025 /PRNewswire/ --"
    r"|^\s*[\])]|^\.\s+[A-Z]|^\.\s*[–—-]\s")
_NEWS_DATELINE_PLACE_AFTER = re.compile(rf"^\s*[,|]\s*{_PLACE}(?:\s*,\s*{_PLACE})?\s*[–—:-]|^\s+[–—-]\s+(?=[A-Z])")  # "12 March 2025 | Port of Spain –"
# A full stop after an abbreviated weekday, month or honorific ("Tues. 14 May", "Sept. 3") ends no sentence.
_SENTENCE_END = re.compile(
    r"(?:[!?;:]|(?<!\bMon)(?<!\bTue)(?<!\bTues)(?<!\bWed)(?<!\bThu)(?<!\bThur)(?<!\bThurs)(?<!\bFri)(?<!\bSat)(?<!\bSun)"
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.)\s|\n\s*\n"
)
_ENDS_SENTENCE = re.compile(r"(?<![ap]\.m)[.!?][\"'”’)]*$", re.IGNORECASE)


# A date written in words, as treaties and communiqués close: "this fourteenth day of May two
# thousand and twenty-four", "the first day of March 2024".
_UNITS = "one two three four five six seven eight nine".split()
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
_ORDINAL_WORDS.update({w: i + 10 for i, w in enumerate(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())})
_ORDINAL_WORDS.update({"twentieth": 20, "thirtieth": 30})
_ORDINAL_WORDS.update({f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_UNITS)})
_ORDINAL_WORDS["thirty-first"] = 31
_YEAR_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)}
_YEAR_WORDS.update({w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())})
_YEAR_WORDS.update({"twenty": 20, "thirty": 30})
_YEAR_WORDS.update({f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_UNITS)})
_WORDED_DATE = re.compile(
    rf"\b(?:the|this)\s+(?P<d>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})\s+day\s+of\s+(?P<m>{_MONTH}),?\s+"
    rf"(?:in\s+the\s+year\s+)?(?P<y>{_YEAR}|two\s+thousand(?:\s+and)?(?:\s+(?:{'|'.join(sorted(_YEAR_WORDS, key=len, reverse=True))}))?)\b",
    re.IGNORECASE,
)


def _worded_year(token: str) -> int:
    if token.isdigit():
        return int(token)
    rest = token.lower().split()[-1]
    return 2000 + _YEAR_WORDS.get(rest, 0)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str


#: A word that counts what the number after it is ("Day 1 - 14 May 2024", "Session 2 – 3 May 2024"):
#: that number is no day of the month.
_COUNTED_BEFORE = re.compile(r"\b(?:day|session|part|phase|item|module|no\.?)[ \t]*\Z", re.IGNORECASE)


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (day, month, year) written in ``text``, in order, ranges by their first day."""
    found: dict[int, DateMatch] = {}

    def keep(m: re.Match[str], iso: str | None) -> None:  # the first reading of a start wins
        if iso and m.start() not in found:
            found[m.start()] = DateMatch(m.start(), m.end(), iso)

    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            if pattern is _DAY_MONTH_YEAR and _COUNTED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                # "Day 1 - 14 May 2024": a day of the programme, then the date - read from the second number
                m = pattern.search(text, m.start() + len(m.group("d")), m.end())
                if m is None:
                    continue
            year = int(m.group("y0") or m.group("y"))
            iso = _iso(year, _MONTHS[m.group("m").lower().rstrip(".")], _day(m.group("d")))
            keep(m, iso)
    if "day of" in text.lower():
        for m in _WORDED_DATE.finditer(text):
            iso = _iso(_worded_year(m.group("y")), _MONTHS[m.group("m").lower().rstrip(".")], _ORDINAL_WORDS[m.group("d").lower()])
            keep(m, iso)
    for m in _FOREIGN_DATE.finditer(text):  # "3 juin 2024", "3 de junio de 2024"
        iso = _iso(int(m.group("y")), _FOREIGN_MONTHS[m.group("m").lower()], int(m.group("d")))
        keep(m, iso)
    for m in _DAY_MON_YEAR_HYPHENS.finditer(text):  # "14-May-2024", "14-MAY-24" is no date (a two-figure year)
        iso = _iso(int(m.group("y")), _MONTHS[m.group("m").lower().rstrip(".")], int(m.group("d")))
        keep(m, iso)
    for m in _NUMERIC_DMY.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if m.group("sep") in "/-" and day <= 12:
            order = _reading_order() if month <= 12 else False
            written = _written_days()
            if month <= 12 and ((month, day) in written) != ((day, month) in written):
                order = (month, day) in written  # "01/07/2024" on a page that writes "July 1": the reading it confirms
            if order is None:
                continue  # "03/04/2024": 3 April or March 4 - only the document's other dates can tell (reading_order)
            if not order:
                day, month = month, day  # "03/13/2024": only March 13 can be meant; "03/04/2024" in a text
                # that writes "March 28, 2024"
        iso = _iso(int(m.group("y")), month, day)
        keep(m, iso)
    for m in _ISO.finditer(text):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        keep(m, iso)
    ordered = sorted(found.values(), key=lambda d: (d.start, -d.end))
    kept: list[DateMatch] = []
    for d in ordered:  # drop a match inside a longer one
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


#: How a slashed date that reads both ways ("12/06/2024") is read in the document being
#: segmented: day first (True), month first (False), or not at all (None: outside
#: :func:`reading_order`, or when the document's other dates do not tell).
_DAY_FIRST: ContextVar[dict | None] = ContextVar("day_first", default=None)  # {"text": ..., "order": ...}


def _reading_order() -> bool | None:
    """The current document's order (:func:`writes_day_first`), worked out at the first date that needs it."""
    doc = _DAY_FIRST.get()
    if doc is None:
        return None
    if "order" not in doc:
        doc["order"] = writes_day_first(doc["text"])
    return doc["order"]


def _written_days() -> frozenset[tuple[int, int]]:
    """The (month, day) pairs the current document writes with the month's name ("July 1", "3
    September"), worked out once; empty outside :func:`reading_order`."""
    doc = _DAY_FIRST.get()
    if doc is None:
        return frozenset()
    if "written" not in doc:
        pairs = set()
        for pattern in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR):
            for m in pattern.finditer(doc["text"]):
                month = _MONTHS.get(m.group("m").lower().rstrip("."))
                if month is not None and m.group("m")[0].isupper():
                    pairs.add((month, _day(m.group("d"))))
        doc["written"] = frozenset(pairs)
    return doc["written"]


def writes_day_first(text: str) -> bool | None:
    """Whether ``text`` writes its other dates day first ("31 December 2025", "on 3 September",
    "28/03/2024") or month first ("December 31, 2025", "on September 3", "03/28/2024"): that is how
    its slashed dates that read both ways are meant. None when it writes neither more often (no
    evidence, no reading)."""
    day_first = sum(1 for _ in _DAY_MONTH_NO_YEAR.finditer(text))  # "31 December 2025", "on 3 September"
    month_first = sum(1 for _ in _MONTH_DAY_NO_YEAR.finditer(text))  # "December 31, 2025", "on September 3"
    for m in _NUMERIC_DMY.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        day_first += m.group("sep") == "." or (day > 12 and month <= 12)
        month_first += m.group("sep") != "." and month > 12 and day <= 12
    return None if day_first == month_first else day_first > month_first


@contextmanager
def reading_order(text: str) -> Iterator[None]:
    """Within this block, :func:`find_dates` reads a slashed date that reads both ways ("Strasbourg
    12/06/2024") in the order ``text`` writes its other dates (:func:`writes_day_first`)."""
    token = _DAY_FIRST.set({"text": text})
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


#: A line in capitals over the text ("DESCRIPTION OF THE EVENT"): a heading, which ends the sentence before.
_LOWER_WORD = re.compile(r"\b[a-z]")
_CAPS_LINE = re.compile(r"^[^\S\n]*(?=[^a-z\n]*[A-Z]{2})[^a-z\n]+\n", re.MULTILINE)


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - CUE_WINDOW) : start]
    cut = None
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    for m in _CAPS_LINE.finditer(window):  # "DESCRIPTION OF THE EVENT / On 7 March 2025, more than 290 mm of rain fell"
        rest = window[m.end() :]
        if _FRONTED.search(rest) or _LOWER_WORD.search(rest):  # (a sentence begun under it; not a dateline's
            cut = max(cut or 0, m.end())  # place "SUMMIT FOR SOCIAL DEVELOPMENT / Doha, Qatar, 4 – 6 November 2025")
    for m in _COLUMN_GAP.finditer(window, window.rfind("\n") + 1):  # a front page's right column: "Seventy-sixth
        cut = max(cut or 0, m.end())  # session<gap>31 August 2026" is the day of issue beside the session, not its day
    return window[cut:] if cut is not None else window


#: The gap between two columns of a line (a tab, or three spaces or more between words; not after a
#: field's label: "Date of meeting:<TAB>3 May 2024" is one field).
_COLUMN_GAP = re.compile(r"(?<=[^\s:])(?:\t|[ \u00a0]{3,})[ \t\u00a0]*(?=\S|$)")


#: A period's label on a header line, before a separator or the line's start: "Data collected: 1-6
#: September 2025 | Published: 8 September 2025" (the days the data describe, not the event's).
_PERIOD_LABEL = re.compile(
    r"(?:^|[|•]\s*)(?:reporting\s+period|period\s+covered|data\s+collect(?:ed|ion)(?:\s+period)?|"
    r"(?:survey|assessment|collection)\s+period)\s*:\s*$",
    re.IGNORECASE,
)


def _after_period_label(text: str, d: DateMatch) -> bool:
    """A period's label stands before the date on its line ("Data collected: 1-6 September 2025",
    "Reporting period: 1-7 May 2024")."""
    return bool(_PERIOD_LABEL.search(text[text.rfind("\n", 0, d.start) + 1 : d.start].strip(" \t")))


def _long_period(text: str, d: DateMatch) -> bool:
    """A labelled period longer than PERIOD_MAX_DAYS ("Reporting Period: 1 - 31 May 2026")."""
    return _after_period_label(text, d) and _range_days(text, d) > PERIOD_MAX_DAYS


def is_plainly_other(text: str, d: DateMatch) -> bool:
    """A date that names a past event or a document, not the meeting."""
    before = _sentence_before(text, d.start)
    if _EMBARGO.search(text, text.rfind("\n", 0, d.start) + 1, d.start):
        return False  # "EMBARGOED until 3 May 2024, 10:00 GMT": the day of release
    if _NEXT_FIELD.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start):
        return True  # "Next SitRep: 15 July 2026": the next issue's day
    return bool(_NOT_EVENT_BEFORE.search(before) or _NOT_EVENT_AFTER.match(text[d.end : d.end + 40]))


#: The statement's own day, right before the date: "..., INTERPOL said on 7 November 2023" (a release
#: that gives no other date is dated by it).
_SAID_ON = re.compile(r"\b(?:said|announced|stated|reported|declared|warned|urged|stressed|noted|welcomed|condemned|appealed)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)


def has_event_cue(text: str, d: DateMatch) -> bool:
    return bool(
        _EVENT_CUE.search(_sentence_before(text, d.start))
        or _WHEN_FIELD.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start)
        or _mail_body_date_field(text, d)
        or _timed(text, d.end)
        or _SAID_ON.search(text, max(0, d.start - 40), d.start)
        or _cue_after(text, d.end, fronted=_FRONTED.search(_sentence_before(text, d.start)) is not None
                      or (_FRONTED_FROM.search(_sentence_before(text, d.start)) is not None and _range_days(text, d) > 0))
    )


#: A time range right after a date ("Thursday, 26 February 2026, 18:00-20:00", "29 January 2026, from
#: 10 a.m. to 1 p.m.", "20 May 2026, 13:15-14:30"): the hours of an event held that day (a mail's sending
#: time or a day of issue is one time, not a range).
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.h]?[0-5]\d)?(?:\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm|hrs?|h)(?![\w]))?"
_TIME_RANGE_AFTER = re.compile(
    rf"[ \t]*(?:[,;(|–—-][ \t]*){{0,2}}(?:from[ \t]+|at[ \t]+)?(?P<a>{_CLOCK})[ \t]*(?:[-–—]|to|until|till)[ \t]*(?P<b>{_CLOCK})(?![\w:])",
    re.IGNORECASE)


def _timed(text: str, end: int) -> bool:
    """A time range of clock hours right after the date ending at ``end`` (both ends written as hours:
    "18:00-20:00", "10 a.m. to 1 p.m.", not "3-4" nor a range of days)."""
    m = _TIME_RANGE_AFTER.match(text, end)
    return m is not None and all(re.search(r"[:.h]\d\d|[ap]\.?\s?m\b|hrs?$", m.group(g), re.IGNORECASE) for g in "ab")


#: The field of an invitation or a programme that gives when the event is ("When: Tuesday,
#: 22 October 2024", "Date and time: ..."), or a record's ("Held on: Friday, 28 February 2025" under
#: the heading of minutes): the meeting's day, never the day a mail was sent.
_WHEN_FIELD = re.compile(r"\s*(?:when|date\s*(?:and|&)\s*time|held(?:\s+on)?)\s*:\s*(?:\w+day,?\s*)?", re.IGNORECASE)


#: A "Date:" field line, and an e-mail's header fields.
_DATE_FIELD = re.compile(r"[ \t]*date[ \t]*:[ \t]*(?:\w+day,?[ \t]*)?", re.IGNORECASE)
_MAIL_HEADER_FIELD = re.compile(r"^[ \t]*(?:from|sent|to|cc|subject)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def _mail_body_date_field(text: str, d: DateMatch) -> bool:
    """A "Date:" field in the body of an e-mail, below its header fields and a blank line ("Sent:
    Friday, 12 September 2025 / ... / Dear colleagues, ... / Date: Thursday 18 September 2025 /
    Venue: ..."): the day of the meeting the mail is about, like "When:", not the day it was sent."""
    ls = text.rfind("\n", 0, d.start) + 1
    if not _DATE_FIELD.fullmatch(text, ls, d.start):
        return False
    fields = list(_MAIL_HEADER_FIELD.finditer(text, 0, ls))
    return len(fields) >= 2 and _BLANK_LINE.search(text, fields[-1].end(), ls) is not None


#: A date that opens its sentence ("On 2 October, X and Y co-chaired the Commission", also after a
#: dateline's dash: "San José, September 26, 2024. – On September 25, 2024, ..."): the sentence's
#: verb, however far after the subject, says what happened that day.
_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[-–—•*]\s+)?[Oo]n\s+(?:\w+day,?\s+)?(?:the\s+)?$")
#: A range of days that opens its sentence ("From 13 to 16 October 2025, I led a delegation ..."):
#: fronted like a day after "On" (a single day after "From" starts a period: "From 1 January 2025, ...").
_FRONTED_FROM = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[-–—•*]\s+)?[Ff]rom\s+(?:\w+day,?\s+)?(?:the\s+)?$")
#: How far a fronted date's sentence is searched for its verb.
FRONTED_CUE_WINDOW = 240


#: A meeting verb right before another date belongs to that date ("..., on 23 December, of the results of
#: the elections held on 9 October").
_DATE_NEXT = re.compile(rf"\s+(?:on|in|from)\s+(?:the\s+)?(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})", re.IGNORECASE)


def _cue_after(text: str, end: int, fronted: bool = False) -> bool:
    """A meeting verb right after the date ending at ``end``, in its sentence and paragraph (as far
    as FRONTED_CUE_WINDOW when the date opens its sentence)."""
    after = re.split(r"\n\s*\n", text[end : end + (FRONTED_CUE_WINDOW if fronted else CUE_AFTER_WINDOW)], maxsplit=1)[0]
    after = _ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", " "), after)  # "Ms. Ana Torres ... co-chaired": an honorific's full stop ends no sentence
    m = _EVENT_CUE_AFTER.match(after)
    if fronted:  # the first of a meeting verb and a decision verb is the sentence's
        decision = _DECISION_CUE_AFTER.match(after)
        if decision is not None and (m is None or decision.end() < m.end()):
            m = decision
    if m is not None and m.end() > CUE_AFTER_WINDOW and _CLAUSE_OPENER.search(after, 0, m.end()):
        return False  # "On 2 October, the Minister said that the accord signed ...": a verb of another clause
    return m is not None and not _DATE_NEXT.match(text, end + m.end())


#: The full stop of an honorific or a short title inside a sentence ("Ms.", "H.E.", "Dr.").
_ABBREVIATION_DOT = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Amb|Prof|Gen|Col|Sen|Rep|St|Hon)\.|\bH\.\s?E\.")


#: Words that open a clause of their own between a fronted date's subject and a later verb.
_CLAUSE_OPENER = re.compile(r"\b(?:said|says|stated|noted|told|announced|recalled|added|stressed|that|which|who|whose|when|where)\b",
                            re.IGNORECASE)


#: A status date: "As of 3 May 2024", "Data as at 14 May 2024", "Situation as of ..." (the day a
#: situation report or a snapshot describes, its date).
_STATUS_BEFORE = re.compile(r"(?:(?:data|figures|information|situation|status|update[ds]?|valid)\s+)?as\s+(?:of|at)\s*:?\s*$", re.IGNORECASE)


#: A status date after a separator inside a header line ("... | As of 8 May 2024", "(As of 14 May 2024)").
_STATUS_IN_LINE = re.compile(r"(?:^|[|;,(–—]\s*)(?:(?:data|figures|information|situation|status)\s+)?as\s+(?:of|at)\s*:?\s*$", re.IGNORECASE)


#: The day of issue after a separator inside a header line ("Reporting period: 11-16 September 2024 |
#: Issued 17 September 2024", "... | Date of issue: 17 September 2024"): the date of the paper.
_ISSUED_IN_LINE = re.compile(
    r"[|;•]\s*(?:date\s+of\s+(?:issue|publication|release)|(?:issue|release|publication)\s+date|issued|published|released)"
    r"(?:\s+on)?\s*:?\s*(?:\w+day,?\s*)?$", re.IGNORECASE)


#: A label naming the day a paper was issued, before its date on a line of its own.
_ISSUE_LABEL = re.compile(r"^\s*(?:date\s+of\s+(?:issue|publication|release)|(?:issue|release|publication)\s+date)\s*:\s*$", re.IGNORECASE)


#: The day in another calendar right before a date in brackets: "27 Mangsir 2081 (12 December 2024)",
#: "15 Shawwal 1445 AH (24 April 2024)".
_OTHER_CALENDAR_BEFORE = re.compile(r"\b\d{1,2}\s+[A-Z][\w'’-]+\s+\d{4}(?:\s+[A-Z]{1,3}\.?(?:[A-Z]\.)?)?\s*\($")


#: A bracketed note right after a dateline's date: the same day in another calendar ("(Tir 28,
#: 2016 E.C.)", "(15 Shawwal 1445 AH)") or a remark; it says nothing against the line being a dateline.
_BRACKETED_AFTER = re.compile(r"^\s*\([^()\n]{1,40}\)\s*$")


#: A place's name with small words between its capitalised ones ("Port of Spain", "Saint Vincent and
#: the Grenadines", "Democratic Republic of the Congo"), a part of its own before a comma (at the
#: line's start or after a comma: "Kingstown, Saint Vincent and the Grenadines, 25 September 2025").
_CONNECTED_PLACE = re.compile(r"(?:(?<=^)|(?<=,\s))[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:(?:and|of)(?:\s+the)?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+(?=,)")
#: Words that name a body or a gathering, never a place ("Meeting of the Working Group, 15 May 2024").
_NOT_PLACE_WORDS = frozenset(
    "meeting meetings group committee council conference session forum commission assembly board summit "
    "workshop seminar dialogue event panel office ministry department organization organisation union "
    "agency programme mission secretariat court parliament day week".split()
)


#: "of" joins a place's name only after one of these ("Port of Spain", "Republic of the Congo").
_PLACE_OF_HEADS = frozenset("port republic isle city state states kingdom islands island bay gulf district province".split())


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The names and aliases of the States in data/countries.json, casefolded ("union of the comoros")."""
    return frozenset(name.casefold() for entry in read_json("countries.json") for name in (entry["name"], *entry.get("aliases", ())))


def _place_words(m: re.Match[str]) -> str:
    words = m.group(0).split()
    if m.group(0).casefold() in _state_names():  # a State's formal name: "Moroni, Union of the Comoros, 27 February 2025"
        return " ".join(w for w in words if w not in ("and", "of", "the"))
    if any(w.lower().strip(".,") in _NOT_PLACE_WORDS for w in words) or any(
        w == "of" and words[k - 1].lower() not in _PLACE_OF_HEADS for k, w in enumerate(words)
    ):
        return m.group(0)
    return " ".join(w for w in words if w not in ("and", "of", "the"))


#: A label naming the next issue or meeting before a date.
_NEXT_LABEL = re.compile(r"\s*next\b", re.IGNORECASE)
#: A field naming the next issue or meeting: "Next SitRep:", "Next update:", "Next meeting:".
_NEXT_FIELD = re.compile(r"\s*next\b[\w .-]{0,30}:\s*(?:\w+day,?\s*)?", re.IGNORECASE)


def is_dateline(line: str, d_start: int, d_end: int) -> bool:
    """``line`` holds the date at [d_start, d_end) and nothing but places, a weekday, a label or times.

    "New York, 4 February 2022", "Monday, 6 March 2023", "6 March 2023 – 10 a.m.",
    "Date: 8 September 2023", "Geneva, 6 March 2023 (10:00 a.m. to 1:00 p.m.)", "Addis Ababa,
    6 February 2024 (Tir 28, 2016 E.C.)" (a bracketed note after the date is passed over).
    """
    if len(line) > 120:
        return False
    places = 0
    before = line[:d_start]
    if _NEXT_LABEL.match(before):
        return False  # "Next SitRep: 15 July 2026", "Next meeting: 3 June 2025": a later paper's or meeting's day
    status = _STATUS_BEFORE.search(before)
    if status is not None and not before[: status.start()].strip():
        before = ""  # "As of 3 May 2024, 18:00"
    before = _ISSUE_LABEL.sub("", before)  # "Date of issue: 29 October 2024"
    before = _CONNECTED_PLACE.sub(_place_words, before)  # "Port of Spain", "Saint Vincent and the Grenadines"
    after = _BRACKETED_AFTER.sub("", line[d_end:])  # "(Tir 28, 2016 E.C.)": the day in another calendar, a note
    other = _OTHER_CALENDAR_BEFORE.search(before)
    if other is not None and re.match(r"\s*\)", after):
        before, after = before[: other.start()], after.split(")", 1)[1]  # "27 Mangsir 2081 (12 December 2024)"
    run = 0  # capitalised words in a row, no punctuation between them
    for token in _DATELINE_TOKEN.findall(before + " " + after):
        low = token.lower()
        if token in _DATELINE_PUNCT or low in _DATELINE_WORDS or low.rstrip(".,") in _DATELINE_WORDS:
            run = 0
            continue
        if token[0].isdigit():
            if re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?", token) and not re.search(r"[.:]", token) and int(token) > 24:
                return False
            run = 0
            continue
        if token[0].isupper():
            places += 1
            run += 1
            if places > DATELINE_MAX_PLACE_WORDS or run > DATELINE_MAX_PLACE_RUN:
                return False  # (a heading in capitals over its date: "COMPTE RENDU DU CONSEIL DES MINISTRES DU
                # MERCREDI 21 MAI 2025" is no place)
            continue
        return False
    return True


def pick_date(text: str, blocks: list[tuple[int, int]], header_lines: list[tuple[int, int]]) -> str | None:
    """The meeting date (see the module docstring for which date wins).

    ``blocks`` are the (start, end) spans of the non-noise line-level blocks in order;
    ``header_lines`` the (start, end) content spans of the non-noise lines from the top.
    """
    opening = _without_turns(text, [(s, e) for s, e in blocks[:OPENING_BLOCKS] if s < OPENING_CHARS], blocks)
    dates = [d for d in find_dates(text[: opening[-1][1]] if opening else "")
             if any(s <= d.start and d.end <= e for s, e in opening) and not is_plainly_other(text, d)]
    issued = [d for d in dates if is_issue_date(text, d)]  # kept for rule 4
    dates = [d for d in dates if d not in issued]
    latest = max((d.iso for d in dates), default="")
    today = _today_dateline(text, opening, dates)
    programme = _programme_start(text, header_lines)
    if programme is not None:  # 0. a programme of work: the first day it programmes
        return programme
    reported = _reported_session(text, opening)
    if reported is not None:  # 0b. a report on a session, its days in brackets in the heading
        return reported
    letter = _letter_heading_date(text, opening)
    if letter is not None:  # 0c. a letter headed by its own date: the letter is the paper, a meeting it
        return letter  # transmits the outcome of is another event
    for d in dates:  # 1. event cue (a news dateline's date is rule 2's)
        if _range_days(text, d) > MEETING_MAX_DAYS:
            continue  # "2024 session / 27 July 2023–24 July 2024": a period, not a meeting
        if today is not None and d.start >= today[1] and d.iso < today[0].iso:
            continue  # "Abuja, 29 January 2025 – ... as of today, ..." then "the Session held on 15 December 2024": history
        if has_event_cue(text, d) and not any(_is_news_dateline(text, s, d) for s, _ in opening) and not _long_before(d.iso, latest):
            if _said_today_before(text, d) and _other_dateline(text, opening, dates, header_lines, d):
                continue  # "The Council today received the report on the elections held on 5 May": today is the dateline's day
            if _reacts_to(text, d) and (_dateline(text, opening, dates, header_lines) or "") > d.iso:
                continue  # "Windhoek, 8 July 2025 / The Forum welcomes the passage by the Parliament, on 3 July
                # 2025, of ...": a statement reacting to an event is dated by its issue
            if _invited_later(text, d, dates):
                continue  # "as co-hosts of the Conference, to be held from 9 to 13 June 2025, we have the honour to
                # invite your delegation to the consultations, which will take place on 10 December 2024"
            if _FUTURE.search(_sentence_before(text, d.start)):
                begun = _begun_today(text, opening, dates, header_lines, d)
                if begun is not None:
                    return begun  # "Tuesday, 03 December 2024 / ... will co-chair the Ministerial Session on 4 December
                    # 2024. The Senior Officials' Meeting takes place today, 3 December": the event's first day
            ls, le = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
            line = text[ls : len(text) if le < 0 else le]
            if is_dateline(line, d.start - ls, d.end - ls):  # "Briefing 14, 27/06/2025" over "..., 18-27 June 2025"
                ending = _range_ending_on(text, header_lines, d.iso)
                if ending is not None:
                    return ending
            return (_day_within(text, d, header_lines) or _cued_day_within(text, d, dates)
                    or _dateline_day_cued_within(text, d, opening, dates, header_lines) or d.iso)
    if dates or opening:  # 1b. a cued day and month, the year from the opening's first full date
        yearless = _cued_yearless(text, opening)
        if yearless is not None:
            return yearless
    mailed = _mail_event_date(text, opening)
    if mailed is not None:  # 1c. an e-mail's event, with its hours, below the opening
        return mailed
    dateline = _dateline(text, opening, dates, header_lines) or (issued[0].iso if issued else None)
    if dateline is not None:  # 2. the dateline, moved back when the meeting was "yesterday" or "on Monday", or
        # to the first day of a meeting's range on a header line that ends on it
        return (_range_ending_on(text, header_lines, dateline) or _yearless_range_ending_on(text, opening, dateline)
                or _relative_meeting_day(text, opening, dateline) or dateline)
    if not dates and opening:  # 2d. no full date in the opening: a cued day whose weekday fits a year the document writes
        undated = _cued_yearless_weekday(text, opening, header_lines)
        if undated is not None:
            return undated
    # 3. header date: in a short opening block that is not a sentence; a period's days ("Data collected:
    # 1-6 September 2025 | Published: 8 September 2025") only when no other date is there
    for d in sorted(dates, key=lambda d: _after_period_label(text, d)):
        if _long_period(text, d):
            continue  # "Reporting Period: 1 - 31 May 2026": a month's report is not dated by its period
        if any(s <= d.start and d.end <= e and e - s <= HEADER_BLOCK_CHARS and not _ENDS_SENTENCE.search(text[s:e])
               for s, e in opening):
            return d.iso
    for s, e in opening:  # 4. the document's own date in its heading: "Letter dated 3 March 2023 from ..."
        for d in find_dates(text[s:e]):
            if _DOCUMENT_DATED.search(text[s : s + d.start]) and e - s <= 2 * HEADER_BLOCK_CHARS:
                return d.iso
    # 5. the signature's dateline at the foot; 6. the first story's news dateline
    return _closing_dateline(text, blocks) or _first_story_dateline(text, blocks)


#: The heading of a letter or note verbale that names its own date ("Letter dated 12 August 2025 from
#: the Permanent Representative of Tonga ...", "Identical letters dated ...", "Note verbale dated ...").
_LETTER_HEADING = re.compile(r"\s*(?:identical\s+)?(?:letters?|notes?\s+verbales?)\s+dated\s+$", re.IGNORECASE)


def _letter_heading_date(text: str, opening: list[tuple[int, int]]) -> str | None:
    """The date a letter's heading in the opening gives itself ("Letter dated 12 August 2025 from the
    Permanent Representative of Tonga to the United Nations addressed to the Secretary-General"):
    the letter is the paper, so its date wins over a meeting its body transmits the outcome of
    ("... the Declaration adopted ... at its meeting held in Nuku'alofa on 7 and 8 July 2025"),
    as tests/data/dev/README.md dates a press statement by its issue."""
    for s, e in opening:
        if e - s > 2 * HEADER_BLOCK_CHARS:
            continue
        for d in find_dates(text[s:e]):
            if _LETTER_HEADING.fullmatch(text[s : s + d.start]):
                return d.iso
    return None


@lru_cache(maxsize=1)
def _work_programme() -> re.Pattern[str]:
    data = read_json("headers.json")
    return re.compile(
        r"\s*(?:(?:" + "|".join(map(re.escape, data["event_paper_qualifiers"])) + r")\s+)*(?:"
        + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(data["work_programmes"], key=len, reverse=True))
        + r")\s+(?:of|for)\s+\S", re.IGNORECASE)


def opens_work_programme(content: str) -> bool:
    """A heading that opens with a programme of work and says for what ("Programme of Work for April
    2026", "Programme of work of the sixty-first session"; ``work_programmes`` in data/headers.json)."""
    return _work_programme().match(content) is not None


#: The month a programme of work is for, in its heading ("for April 2026", "for the month of May 2025").
_PROGRAMME_MONTH = re.compile(rf"\b(?:for|of)\s+(?:the\s+month\s+of\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
#: How far under a month's programme its first day is looked for (its table of meetings).
PROGRAMME_TABLE_CHARS = 4000


def _programme_start(text: str, header_lines: list[tuple[int, int]]) -> str | None:
    """Rule 0: the first day a programme of work programmes (see the module docstring), or None."""
    heads = [(s, e) for s, e in header_lines[:DATELINE_MAX_LINE] if opens_work_programme(text[s:e])]
    if not heads:
        return None
    hs, he = heads[0]
    month = _PROGRAMME_MONTH.search(text, hs, he)
    if month is not None:  # a month's programme: its first meeting's day in that month
        m, year = _MONTHS[month.group("m").lower().rstrip(".")], int(month.group("y"))
        table = text[he : he + PROGRAMME_TABLE_CHARS]
        full = [(d.start, d.end) for d in find_dates(table)]
        days = sorted((x for p in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR) for x in p.finditer(table)), key=lambda x: x.start())
        for x in days:  # "Wed 1 April<TAB>Bilateral meetings ..."; a weekday written must fit
            if any(a <= x.start() < b for a, b in full) or _MONTHS[x.group("m").lower().rstrip(".")] != m:
                continue
            iso = _iso(year, m, _day(x.group("d")))
            if iso is not None and _weekday_fits(iso, x.group("wd")):
                return iso
        return None
    for s, e in header_lines[:DATELINE_MAX_LINE]:  # a session's days on a header line of their own
        line = text[s:e]
        if line.lstrip().startswith("("):
            continue  # "(as adopted at the organizational meeting of 16 February 2026)": the paper's version
        for d in find_dates(line):
            if is_dateline(line, d.start, d.end):
                return d.iso
    return None


def range_end(text: str, d: DateMatch) -> str | None:
    """The last day of a range ("22–26 April 2024" -> 2024-04-26; "30 September – 1 October 2022"
    -> 2022-10-01), or None when ``d`` is one day."""
    written = text[d.start : d.end]
    core = re.sub(_YEAR, " ", written)
    days = re.findall(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", core)
    months = [m.group(0).lower().rstrip(".") for m in re.finditer(_MONTH, core, re.IGNORECASE)]
    months = [m for m in months if m in _MONTHS]
    if len(days) < 2 or not months:
        return None
    return _iso(int(d.iso[:4]), _MONTHS[months[-1]], int(days[-1]))


#: A paper's version note in brackets before its date: "(final, 12 March 2026)", "(revised 3 May 2024)",
#: "(as at 31 March 2026", "(updated: ...": the day of that version of the paper, not of the meeting.
_VERSION_NOTE = re.compile(r"\s*\(\s*(?:final|revised|rev\.|draft|updated?|version|status|as\s+(?:at|of))\b[^()]*$", re.IGNORECASE)


def _day_within(text: str, d: DateMatch, header_lines: list[tuple[int, int]]) -> str | None:
    """A day inside the cued range ``d``, on a dateline of its own below it or in a header line
    (no sentence) below it: the session runs "22–26 April 2024", the panel the paper reports on
    was held "Thursday, 25 April 2024" (the date under the heading names the event the heading
    names); the session runs "3–11 February 2025", the paper is its "Daily update: Wednesday,
    5 February 2025"."""
    end = range_end(text, d)
    if end is None:
        return None
    for s, e in header_lines[:DATELINE_MAX_LINE]:
        if s < d.end:
            continue
        line = text[s:e]
        header = len(line.strip()) <= HEADER_LINE_CHARS and not _ENDS_SENTENCE.search(line.strip())
        for x in find_dates(line):
            if _VERSION_NOTE.match(line, 0, x.start):
                continue  # "LIST OF PARTICIPANTS / (final, 12 March 2026)": the paper's version, no day of the meeting
            if x.iso == end and is_dateline(line, x.start, x.end):
                continue  # "on his official visit to the Kyrgyz Republic, 8-19 September 2025" over "Bishkek,
                # 19 September 2025": a paper issued on the range's last day gives its first day
            if d.iso <= x.iso <= end and (is_dateline(line, x.start, x.end) or header):
                return x.iso  # also a header line naming the paper's day ("EB156 – Daily update: Wednesday, 5 February 2025");
                # the first day itself ends the search ("OIC NEWS IN BRIEF | 9 – 12 February 2026" over its first story's
                # "Jeddah, 9 February 2026", then "Malé, 10 February 2026": the range's first day)
    return None


#: A visit of so many days that the opening says has ended by the dateline ("concluded a three-day
#: visit to the region today", "has completed a five-day tour of the Mission's field stations").
_VISIT_ENDED = re.compile(
    r"\b(?:(?P<perfect>has|have)\s+)?(?:concluded|completed|ended|wrapped\s+up|(?P<present>concludes|completes|ends|wraps\s+up))\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2})-day\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|(?-i:mission)|tour|trip)\b", re.IGNORECASE)
_NUMBER_WORDS = {w: i + 2 for i, w in enumerate("two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER_WORDS["fourteen"] = 14


def _range_ending_on(text: str, header_lines: list[tuple[int, int]], dateline: str) -> str | None:
    """The first day of a meeting's range written on a header line (no sentence) whose last day is
    the dateline's: "Maritime Safety Committee (MSC 110), 18-27 June 2025" over "Briefing 14,
    27/06/2025" is 18 June (a paper issued at the meeting's end gives its first day, like any range)."""
    for s, e in header_lines[:DATELINE_MAX_LINE]:
        line = text[s:e].strip()
        if len(line) > HEADER_LINE_CHARS or _ENDS_SENTENCE.search(line):
            continue
        for x in find_dates(text[s:e]):
            at = DateMatch(s + x.start, s + x.end, x.iso)
            if _NOT_EVENT_BEFORE.search(text, s, at.start) or is_plainly_other(text, at):
                continue  # "Reporting Period: 1 to 14 May 2024" under "14 May 2024": a situation report's period
            if x.iso < dateline == _range_end(text, at) and _range_days(text, at) <= MEETING_MAX_DAYS:
                return x.iso
    return None


#: A report's heading naming the session or meeting it reports on, with its place and days in
#: brackets: "Report of Working Group IV (Electronic Commerce) on the work of its sixty-ninth session
#: (New York, 31 March-4 April 2025)".
_REPORTED_SESSION = re.compile(
    r"\breport\s+of\b[^.;!?]{0,200}?\b(?:on|of)\s+(?:the\s+work\s+of\s+)?its\s+[\w-]+(?:\s+\([\w\s-]{0,20}\))?"
    r"\s+(?:(?:regular|special|resumed|organizational|substantive)\s+)?(?:session|meeting)s?\s*\((?P<days>[^()]{6,80})\)",
    re.IGNORECASE)


#: ... or the visit or mission it reports on, its days closing the heading after a comma: "Report on
#: the field visit of members of the Executive Board to the Kyrgyz Republic, 3-8 June 2024".
_REPORTED_VISIT = re.compile(
    r"report\s+(?:on|of)\s+the\s+(?:[\w-]+\s+){0,4}?(?:visits?|missions?|trips?)\b[^.;!?()]{0,200},\s*(?P<days>[^,;()]{6,60})",
    re.IGNORECASE)


def _reported_session(text: str, opening) -> str | None:
    """Rule 0b: a report whose heading names the session it reports on with its place and days in
    brackets ("Report of Working Group IV ... on the work of its sixty-ninth session (New York, 31
    March-4 April 2025)") is dated by that session's first day, not by the session of the body
    that receives it on the front page ("Fifty-eighth session / Vienna, 7-25 July 2025"); so is a
    report on a visit or mission whose heading closes on its days ("Report on the field visit of
    members of the Executive Board to the Kyrgyz Republic, 3-8 June 2024" under "Annual session /
    Rome, 24-28 June 2024")."""
    for s, e in opening:
        if e - s > 2 * HEADER_BLOCK_CHARS:
            continue  # a heading, not a paragraph
        heading = " ".join(text[s:e].split())
        m = _REPORTED_SESSION.search(heading) or _REPORTED_VISIT.match(heading)
        if m is not None:
            days = find_dates(m.group("days"))
            if days and days[-1].end == len(m.group("days")):
                return days[0].iso
    return None


#: The issuer's reaction in the present tense: a statement that "welcomes" or "condemns" an event, or
#: in the present perfect ("The Prime Minister ... has welcomed the endorsement by the Forum Leaders,
#: meeting in Honiara from 8 to 10 September").
_REACTION = re.compile(
    r"\b(?:welcomes|condemns|congratulates|commends|deplores|salutes|applauds|regrets|mourns|hails|"
    r"(?:has|have)\s+(?:warmly\s+|strongly\s+)?(?:welcomed|condemned|congratulated|commended|deplored|saluted|applauded|hailed)|"
    r"notes\s+with\s+(?:satisfaction|concern|appreciation|regret))\b", re.IGNORECASE)


def _reacts_to(text: str, d: DateMatch) -> bool:
    """The date's sentence is a statement's reaction to the event on that day, in the present tense
    ("The SADC Parliamentary Forum welcomes the passage by the Parliament of Eswatini, on 3 July
    2025, of ..."; not "today"): a press statement without a meeting gives its date of issue."""
    before = _sentence_before(text, d.start)
    return bool(_REACTION.search(before)) and not _TODAY.search(before) and not _MEETING_HELD.search(before)


#: A meeting named as the thing a statement reacts to, held on the date ("welcomes the General
#: Assembly debate held on 28 April 2026"): the statement reports on that meeting, which dates it.
_MEETING_HELD = re.compile(
    r"\b(?:debate|meeting|session)\s+(?:held|convened)\s+(?:on\s+)?(?:\w+day,?\s+)?$",
    re.IGNORECASE)


#: A stay's verbs before a range of days: "travelled to Svalbard from 9 to 12 June".
_STAY_VERB = re.compile(r"\b(?:travell?ed|toured|journeyed|stayed|was\s+in|were\s+in)\b", re.IGNORECASE)
#: "the night of 17 to 18 December": one night, an incident's, not a range of days.
_NIGHT = re.compile(r"\bnight\s+of\s*$", re.IGNORECASE)


def _yearless_range_ending_on(text: str, opening, dateline: str) -> str | None:
    """The first day of a range written without its year in a sentence of the opening whose last
    day is the dateline's ("LONGYEARBYEN, 12 June 2025 – Members ... travelled to Svalbard from 9
    to 12 June" -> 9 June): a paper issued on the last day of a visit or a meeting gives its first
    day, like a range on a header line (:func:`_range_ending_on`). The sentence names the meeting
    or the stay (an event cue, "travelled", "toured"); not a range written as plainly something
    else ("Reporting period: 1 to 14 May"), an incident's night ("the explosion ... during the
    night of 17 to 18 December"), nor one in a sentence about the future."""
    year = int(dateline[:4])
    for s, e in opening:
        full = find_dates(text[s:e])
        for pattern in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR):
            for m in pattern.finditer(text, s, e):
                if not m.group("m")[0].isupper() or any(x.start <= m.start() - s < x.end or m.start() - s <= x.start < m.end() - s for x in full):
                    continue  # "may" as a verb; part of a full date
                iso = _iso(year, _MONTHS[m.group("m").lower().rstrip(".")], _day(m.group("d")))
                if iso is None or iso >= dateline:
                    continue
                d = DateMatch(m.start(), m.end(), iso)
                if range_end(text, d) != dateline or _range_days(text, d) > MEETING_MAX_DAYS:
                    continue
                before = _sentence_before(text, d.start)
                if _NOT_EVENT_BEFORE.search(before) or is_plainly_other(text, d) or _FUTURE.search(before):
                    continue
                if not (has_event_cue(text, d) or _STAY_VERB.search(before)) or _NIGHT.search(before):
                    continue  # "the explosion that struck ... during the night of 17 to 18 December": an incident
                return iso
    return None


def _ended_visit_start(text: str, opening, dateline: str) -> str | None:
    """The first day of a visit of N days that a sentence of the opening says ended on the
    dateline's day ("DUSHANBE, 28 May 2025 – ... concluded a three-day visit to the region today"
    -> 26 May): the visit ran over the days up to the dateline, so a day the opening cues in them
    ("In Dushanbe on 26 May, ... held talks") is the visit's, not an earlier one the text recalls
    (rule 1b). The first day is never computed alone: the text must write it."""
    for s, e in opening:
        for m in _SENTENCE_SPAN.finditer(text, s, e):
            sentence = m.group()
            v = _VISIT_ENDED.search(sentence)
            if v is None or _FUTURE.search(sentence[: v.start()]):
                continue
            if not (v.group("perfect") or v.group("present") or _TODAY.search(sentence)):
                continue  # "concluded a three-day visit on Friday": another day than the dateline's
            n = v.group("n").lower()
            days = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            return (_dt.date.fromisoformat(dateline) - _dt.timedelta(days=days - 1)).isoformat()
    return None


#: A header line holding a session's range: at most this long, and no sentence.
HEADER_LINE_CHARS = 120


def _cued_day_within(text: str, d: DateMatch, dates: list[DateMatch]) -> str | None:
    """A later cued day inside the cued range ``d`` written on a header line: a session of "18
    June–12 July 2024" whose paper says "The Council met on 19 June 2024" reports on that day."""
    end = range_end(text, d)
    if end is None:
        return None
    line_start, line_end = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if len(line) > HEADER_LINE_CHARS or _ENDS_SENTENCE.search(line):
        return None  # "The workshop was held on 22–26 April 2024. On 25 April, participants visited ...": a
        # day of the workshop the text tells of, not the paper's
    for x in dates:
        if x.start >= max(d.end, line_end) and d.iso < x.iso <= end and range_end(text, x) is None and has_event_cue(text, x):
            return x.iso
    return None


#: The verb of an invitation: the event after it is the one the letter is about.
_INVITE = re.compile(r"\b(?:invite|invites|inviting|invitation\s+to)\b", re.IGNORECASE)


def _invited_later(text: str, d: DateMatch, dates: list[DateMatch]) -> bool:
    """A later date of the same sentence, cued, follows an invitation's verb written after ``d``:
    the sentence invites to that event, and ``d`` is another one it names on the way (the
    conference the writers co-host, "to be held in Nice from 9 to 13 June 2025")."""
    for x in dates:
        if x.start <= d.end:
            continue
        between = text[d.end : x.start]
        if _SENTENCE_END.search(between):
            return False
        if _INVITE.search(between) and has_event_cue(text, x):
            return True
    return False


def _dateline_day_cued_within(text: str, d: DateMatch, opening, dates: list[DateMatch], header_lines) -> str | None:
    """The dateline's day when it falls inside the cued range ``d`` (before its last day) and the
    range's sentence cues that very day again, without its year ("Vientiane, 14 April 2026" over
    "paid a working visit to Vientiane from 13 to 15 April 2026 and co-chaired the consultations
    on 14 April"): the paper reports the meeting of that day, not the whole visit."""
    end = range_end(text, d)
    if end is None:
        return None
    dateline = _dateline(text, opening, dates, header_lines)
    if dateline is None or not d.iso < dateline < end:
        return None
    sentence_end = _SENTENCE_END.search(text, d.end)
    stop = sentence_end.start() + 1 if sentence_end else len(text)
    year = int(d.iso[:4])
    for pattern in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR):
        for m in pattern.finditer(text, d.end, stop):
            if not m.group("m")[0].isupper():
                continue
            x = DateMatch(m.start(), m.end(), _iso(year, _MONTHS[m.group("m").lower().rstrip(".")], _day(m.group("d"))) or "")
            if x.iso == dateline and range_end(text, x) is None and has_event_cue(text, x) and not is_plainly_other(text, x):
                return dateline
    return None


#: A cued date more than this many days before the opening's latest date is history the text
#: recalls ("Four years after the Office launched the programme on 1 January 2020"), not its event.
CUED_MAX_DAYS_BEFORE = 366


def _long_before(iso: str, latest: str) -> bool:
    return bool(latest) and (_dt.date.fromisoformat(latest) - _dt.date.fromisoformat(iso)).days > CUED_MAX_DAYS_BEFORE


#: How many blocks from the end a signature's dateline may sit (rule 5).
CLOSING_BLOCKS = 5


def _closing_dateline(text: str, blocks: list[tuple[int, int]]) -> str | None:
    """Rule 5: a statement signed at its foot ("New York, 3 May 2024" on a line of its own in
    the last CLOSING_BLOCKS blocks, alone or under the signatory's name) is dated by that line,
    its date of issue, when nothing in its opening dates it."""
    for s, e in reversed(blocks[-CLOSING_BLOCKS:]):
        if blocks and (s, e) == blocks[0]:
            break  # the opening was read already
        pos = s
        for line in text[s:e].split("\n"):
            for d in find_dates(line):
                at = DateMatch(pos + d.start, pos + d.end, d.iso)
                if (is_dateline(line.strip(), *_stripped_span(line, d)) or _CLOSING_FORMULA.fullmatch(line, 0, d.start)
                        or (_CLOSING_MEETING_HELD.fullmatch(line, 0, d.start) and not line[d.end :].strip(" .\t"))) \
                        and not is_plainly_other(text, at):
                    return d.iso
            pos += len(line) + 1
    return None


#: A story's news dateline is looked for in this many blocks from the top (rule 6).
STORY_DATELINE_BLOCKS = 20


def _first_story_dateline(text: str, blocks: list[tuple[int, int]]) -> str | None:
    """Rule 6: a paper that no rule above dates - a newsletter whose masthead names its period
    ("Quarterly Newsletter No. 37 (October-December 2024)") and a table of contents over its
    first story - is dated by the first news dateline that opens a block below its opening
    ("Ayorou, 5 December 2024 - Some 120 fishers ... met ..."): the day of the story it leads
    with. Only a news dateline (a place, the date, then a dash and the story), in the first
    STORY_DATELINE_BLOCKS blocks."""
    for s, e in blocks[OPENING_BLOCKS:STORY_DATELINE_BLOCKS]:
        for d in find_dates(text[s : min(e, s + NEWS_DATELINE_MAX_START + 40)]):
            at = DateMatch(s + d.start, s + d.end, d.iso)
            if _is_news_dateline(text, s, at) and not is_plainly_other(text, at):
                return at.iso
    return None


#: The formula that closes a declaration or communiqué, up to its date, whatever follows it ("Done in
#: Yaoundé on 14 May 2024, in English, French and Portuguese, ...", "Done at Yaoundé, Cameroon, on
#: the 14th of May 2024.").
_CLOSING_FORMULA = re.compile(
    r"\s*\[?(?:done|adopted|signed|issued|made)\s+(?:at|in)\s+[^\n,.;:]{1,60}(?:,\s*[^\n,.;:]{1,40}){0,2}?"
    r",?\s+(?:on\s+)?(?:(?:the|this)\s+)?", re.IGNORECASE)


#: A closing line that says when the meeting reported was held, up to its date, which ends the line
#: ("Today's meetings were held on 21 October 2026.", "The Council held the meeting on 12 May 2026.").
_CLOSING_MEETING_HELD = re.compile(
    r"\s*(?:today's\s+|the\s+|this\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:meetings?|sessions?|debate|briefing)\s+(?:was|were)\s+held"
    r"|held\s+(?:the|this|its|today's)\s+(?:meetings?|sessions?|debate|briefing))\s+on\s+(?:\w+day,?\s+)?", re.IGNORECASE)


def _stripped_span(line: str, d: DateMatch) -> tuple[int, int]:
    lead = len(line) - len(line.lstrip())
    return d.start - lead, d.end - lead


#: The front page of a UN document gives its date of issue under or after its distribution.
_ISSUE_BEFORE = re.compile(r"\bdistr\.?\s*:?\s*(?:general|limited|restricted)[\s,;]*$", re.IGNORECASE)


def is_issue_date(text: str, d: DateMatch) -> bool:
    """The date of issue on a document's front page: "Distr.: General / 20 March 2024" (on the
    same line or the line above). A record is dated by its meeting, which this is not."""
    line_start = text.rfind("\n", 0, d.start) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return bool(_ISSUE_BEFORE.search(text, prev_start, d.start))


#: A document symbol or release number on a line of its own ("EEF.GAL/14/25", "GA/12641",
#: "S/2024/276", "PC.DEL/1234/24", "Ref. MFA/PR/45").
_SYMBOL_LINE = re.compile(r"(?:(?:[Rr]ef(?:erence)?|No)\.?\s*:?\s*)?[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()-]+)+")
#: A label before a dateline's date that makes it the day a page was issued or published.
_PUBLISHED_BEFORE = re.compile(
    r"\s*(?:date\s+of\s+(?:issue|publication|release)|(?:issue|release|publication)\s+date|date\s+published|"
    r"published|posted|issued|released|(?:last\s+)?updated)(?:\s+on)?\s*:?\s*(?:\w+day,?\s*)?$", re.IGNORECASE)


#: A label that makes a date the day the paper was issued (not the day a page was updated or posted).
_ISSUED_LABEL_BEFORE = re.compile(
    r"\s*(?:date\s+of\s+(?:issue|publication|release)|(?:issue|release|publication)\s+date|date\s+published|"
    r"published|issued|released)(?:\s+on)?\s*:?\s*(?:\w+day,?\s*)?$", re.IGNORECASE)


def _names_place(line: str, d: DateMatch) -> bool:
    """The dateline ``line`` names a place beside its date ("Prague, 10–11 September 2025")."""
    rest = line[: d.start] + " " + line[d.end :]
    return any(t[0].isupper() and t.lower().rstrip(".,") not in _DATELINE_WORDS for t in _DATELINE_TOKEN.findall(rest))


def _under_symbol(text: str, line_start: int) -> bool:
    """The line starting at ``line_start`` stands right under a document symbol: its date is the
    day the paper was issued ("EEF.GAL/14/25 / 2 September 2025"), which gives way to a dateline
    below it that names the meeting's place and days ("Prague, 10–11 September 2025")."""
    prev_end = text.rfind("\n", 0, line_start)
    if prev_end < 0:
        return False
    prev = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip()
    return bool(_SYMBOL_LINE.fullmatch(prev))


_WEEKDAY_NAME = r"(?P<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?\s+"
_DAY_MONTH_NO_YEAR = re.compile(
    rf"\b(?:{_WEEKDAY_NAME})?(?P<d>{_DAY})(?:{_DASH}{_WEEKDAY}?{_DAY})?\s+(?:of\s+)?(?P<m>{_MONTH})(?![\w-])", re.IGNORECASE)
_MONTH_DAY_NO_YEAR = re.compile(
    rf"\b(?:{_WEEKDAY_NAME})?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?![\d\w])(?:{_DASH}{_DAY}(?![\d\w]))?", re.IGNORECASE)


#: A report published after the event dates it without a year at most this many days before.
YEARLESS_MAX_DAYS_BEFORE = 31
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
#: The header field of an e-mail or memo that gives the day it was sent.
_SENT_FIELD = re.compile(r"[ \t]*(?:date|sent|dated)[ \t]*:", re.IGNORECASE)


def _said_today_before(text: str, d: DateMatch) -> bool:
    """The sentence says, before the date, that its event happened "today" ("The Permanent
    Council today received the report of the mission to the elections held on May 5, 2024"):
    the date is then something the event is about, and the event's day is the dateline's. The
    sentence may be wrapped over lines ("GRECO today published its / fifth-round evaluation report
    ..., adopted at the 101st plenary meeting held in / Strasbourg from 9 to 13 June 2026")."""
    start = max((m.end() for m in _BLANK_LINE.finditer(text, 0, d.start)), default=0)
    for m in _SENTENCE_END.finditer(text, start, d.start):
        start = m.end()
    return bool(_TODAY.search(text, start, d.start))


def _other_dateline(text: str, opening, dates: list[DateMatch], header_lines, d: DateMatch) -> bool:
    """A dateline on another day than the cued date, outside its range: a later one ("The Council
    today received the report on the elections held on 5 May" under "19 June"), or an earlier one
    ("The Assembly today elected 18 members for terms beginning 1 January 2025" under "9 October
    2024": a day the event is about, still to come). "concluded today its session, held from 21
    to 24 October" under "Jeddah – 24/10/2024" is the session, from its first day."""
    line = _dateline(text, opening, dates, header_lines)
    return line is not None and not d.iso <= line <= _range_end(text, d)


#: A range longer than this many days is a period ("27 July 2023–24 July 2024"), not a meeting.
MEETING_MAX_DAYS = 31
#: A labelled period ("Reporting period: 1–7 May 2024") longer than this many days gives no date:
#: a weekly update is dated by its week's first day, a month's report ("1 - 31 May 2026") not at all.
PERIOD_MAX_DAYS = 14
_RANGE_SEPARATOR = re.compile(r"\s*(?:[-–—‒]|¨C|â€“|\bto\b|\buntil\b)\s*")


def _range_end(text: str, d: DateMatch) -> str:
    """The last day of a range that ``d`` gives by its first ("21 to 24 October 2024" ends on
    24 October, "October 28–29, 2022" on the 29th); ``d`` itself when it is one day."""
    written = text[d.start : d.end]
    sep = _RANGE_SEPARATOR.search(written)
    if sep is None:
        return d.iso
    tail = written[sep.end() :]
    full = find_dates(tail)
    if full:
        return max(d.iso, full[0].iso)
    day = re.match(r"(?:[a-z]+\.?,?\s+)?(\d{1,2})\b", tail, re.IGNORECASE)
    if day is not None:
        end = _iso(int(d.iso[:4]), int(d.iso[5:7]), int(day.group(1)))
        if end is not None:
            return max(d.iso, end)
    return d.iso


def _range_days(text: str, d: DateMatch) -> int:
    return (_dt.date.fromisoformat(_range_end(text, d)) - _dt.date.fromisoformat(d.iso)).days


def _yearless_days(text: str, start: int, stop: int, full: list[DateMatch]):
    """The day-and-month dates without a year in ``text[start:stop]`` ("Tuesday 19 May", "on 3 September"),
    each with its month and day: the month capitalized ("may" as a verb is none), no part of a full date in
    ``full``."""
    for pattern in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR):
        for m in pattern.finditer(text, start, stop):
            if m.group("m")[0].isupper() and not any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in full):
                yield m, _MONTHS[m.group("m").lower().rstrip(".")], _day(m.group("d"))


def _weekday_fits(iso: str, weekday: str | None) -> bool:
    """Whether the weekday written with a date, if any ("Tue", "Tuesday"), is that day's."""
    return not weekday or _WEEKDAYS[_dt.date.fromisoformat(iso).weekday()][:3] == weekday.lower()[:3]


def _cued_yearless(text: str, opening) -> str | None:
    """Rule 1b: the first cued day-and-month without a year in the opening, dated with the year of
    the opening's first full date."""
    if not opening:
        return None
    start, end = opening[0][0], opening[-1][1]
    full = [d for d in find_dates(text[:end]) if d.start >= start]
    if not full:
        return None
    line_start = text.rfind("\n", 0, full[0].start) + 1
    sent = bool(_SENT_FIELD.match(text, line_start))
    said_today = not sent and _TODAY.search(text, start, end) is not None
    # the dateline is the day of the event itself ("The Council today ..."), unless the event
    # ran over several days up to it ("wrapped up today their meeting, held from 10 to 14 March")
    issued = _dt.date.fromisoformat(full[0].iso)
    year = issued.year
    found = []
    for m, month, day in _yearless_days(text, start, end, full):
        s0, e0 = m.start(), m.end()
        if not any(s <= s0 and e0 <= e for s, e in opening):
            continue
        iso = _iso(year, month, day)
        if iso is not None and not sent:
            if iso > issued.isoformat():  # "On 28 December ..." in a page dated 5 January
                iso = _iso(year - 1, month, day)
            if iso is None or (issued - _dt.date.fromisoformat(iso)).days > YEARLESS_MAX_DAYS_BEFORE:
                continue  # an earlier event the text recalls, not the one it reports
        if iso is None or not _weekday_fits(iso, m.group("wd")):
            continue  # the weekday does not fit that year
        found.append((s0, DateMatch(s0, e0, iso)))
    visit_start = _ended_visit_start(text, opening, issued.isoformat()) if said_today else None
    ended_today = said_today and _ended_today(text, opening)
    lead_end = next((e for s, e in opening if e - s > HEADER_BLOCK_CHARS or _ENDS_SENTENCE.search(text[s:e].strip())), end)
    reports_event = sent or _EVENT_CUE.search(text, start, lead_end) is not None
    for _, d in sorted(found, key=lambda x: x[0]):
        if d.start >= lead_end and not reports_event:
            continue  # "Chad steps up response as hepatitis E spreads ... / N'Djamena, 22 August 2025 - ... has
            # scaled up its response" then "The Minister ... visited the district hospital on 20 August": the
            # heading and the lead report no meeting, so a day told further down is a detail of the story
        before = _sentence_before(text, d.start)
        if said_today and not (d.iso < issued.isoformat() <= (range_end(text, d) or "")) and not (
                visit_start is not None and visit_start <= d.iso < issued.isoformat()) and not (
                ended_today and _OPENED_ON.search(before) and (issued - _dt.date.fromisoformat(d.iso)).days <= MEETING_MAX_DAYS):
            continue  # (a day of a visit of N days that ended today is the visit's: _ended_visit_start; so is
            # the day a session that closed today opened: "concluded its sixty-fifth session today" and
            # "The session, which opened on 1 September, ...")
        if not sent and d.iso < issued.isoformat() and _reacts_to(text, d):
            continue  # "SUVA, Friday 11 September 2026 – The Prime Minister has welcomed the endorsement by the
            # Forum Leaders, meeting in Honiara from 8 to 10 September": a reaction is dated by its issue (rule 1)
        if has_event_cue(text, d) and not is_plainly_other(text, d) and not (_FUTURE if not sent else _FURTHER).search(before):
            return d.iso
    return None


#: How far below the top of an e-mail its event's day is looked for (rule 1c).
MAIL_EVENT_CHARS = 3000


def _mail_event_date(text: str, opening) -> str | None:
    """Rule 1c: in an e-mail (the opening's first full date is on its "Sent:" or "Date:" header line,
    the day it was sent), the first day further down that is given with its hours ("When: Thursday,
    26 February 2026, 18:00-20:00" in the invitation it forwards; "The room is XXIII at the Palais
    des Nations, Tuesday 19 May, 08:00-09:00", the year the mail's and the weekday fitting it) or
    under a "When:" label: the event the mail is about, not the day it was sent. Not a further
    meeting ("next meeting on"), nor a day long before the mail."""
    if not opening:
        return None
    start = opening[0][0]
    stop = min(len(text), start + MAIL_EVENT_CHARS)
    full = [d for d in find_dates(text[:stop]) if d.start >= start]
    if not full or not _SENT_FIELD.match(text, text.rfind("\n", 0, full[0].start) + 1):
        return None
    sent = _dt.date.fromisoformat(full[0].iso)
    found = full[1:]
    for m, month, day in _yearless_days(text, start, stop, full):
        iso = _iso(sent.year, month, day)
        if iso is not None and _weekday_fits(iso, m.group("wd")):
            found.append(DateMatch(m.start(), m.end(), iso))
    for d in sorted(found, key=lambda d: d.start):
        ls = text.rfind("\n", 0, d.start) + 1
        if not (_timed(text, d.end) or _WHEN_FIELD.fullmatch(text, ls, d.start)):
            continue
        if is_plainly_other(text, d) or _FURTHER.search(_sentence_before(text, d.start)):
            continue
        if (sent - _dt.date.fromisoformat(d.iso)).days > YEARLESS_MAX_DAYS_BEFORE:
            continue
        return d.iso
    return None


#: A gathering said to end on the dateline's day ("Working Group B ... concluded its sixty-fifth session
#: today", "the meeting closed today", "wrapped up today").
_ENDED = re.compile(r"\b(?:concluded|concludes|closed|closes|ended|ends|wrapped\s+up|wraps\s+up|adjourned)\b", re.IGNORECASE)
#: The day it opened, right before a yearless date: "The session, which opened on 1 September", "began on".
_OPENED_ON = re.compile(r"\b(?:opened|began|started|commenced|was\s+opened)\s+(?:on\s+)?(?:\w+day,?\s+)?$", re.IGNORECASE)


def _ended_today(text: str, opening) -> bool:
    """A sentence of the opening, not about the future, says that a gathering ended today."""
    return _opening_says_today(text, opening, _ENDED)


def _cued_yearless_weekday(text: str, opening, header_lines) -> str | None:
    """Rule 2d: an opening with no full date ("On Tuesday, 14 May, the Secretary-General spoke
    with ...") dates its cued day with a year the document writes (header lines, opening, a
    copyright line), only when the weekday written with the day falls on it in that year."""
    for s, e in opening:
        for m in (*_DAY_MONTH_NO_YEAR.finditer(text, s, e), *_MONTH_DAY_NO_YEAR.finditer(text, s, e)):
            if not m.group("wd") or not m.group("m")[0].isupper():
                continue
            d = DateMatch(m.start(), m.end(), "")
            if not has_event_cue(text, d) or is_plainly_other(text, d) or _FUTURE.search(_sentence_before(text, d.start)):
                continue
            iso = _year_for(text, m, opening, header_lines)
            if iso is not None:
                return iso
    return None


#: How many days after the dateline a future part of an event that began that day may fall.
BEGUN_TODAY_MAX_DAYS = 7
#: A sentence of the opening that says a meeting happens today ("The Senior Officials' Meeting takes place today").
_SENTENCE_SPAN = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*[.!?]?")


def _opening_says_today(text: str, opening, verbs: re.Pattern) -> bool:
    """A sentence of the opening, not about the future, says with one of ``verbs`` that something
    happens or happened today ("concluded its session today", "takes place today")."""
    for s, e in opening:
        for m in _SENTENCE_SPAN.finditer(text, s, e):
            sentence = m.group()
            if _TODAY.search(sentence) and verbs.search(sentence) and not _FUTURE.search(sentence):
                return True
    return False


def _begun_today(text: str, opening, dates: list[DateMatch], header_lines, d: DateMatch) -> str | None:
    """The dateline's day when a future day cued in the opening (``d``: "will co-chair the session
    on 4 December") falls a few days after it and another sentence of the opening, not about the
    future, says a meeting of the event is held today: the event began on the dateline's day, and
    an event over several days gives its first."""
    dateline = _dateline(text, opening, dates, header_lines)
    if dateline is None or not (0 < (_dt.date.fromisoformat(d.iso) - _dt.date.fromisoformat(dateline)).days <= BEGUN_TODAY_MAX_DAYS):
        return None
    return dateline if _opening_says_today(text, opening, _MEETING_VERB) else None


def _today_dateline(text: str, opening, dates: list[DateMatch]) -> tuple[DateMatch, int] | None:
    """A news dateline whose own paragraph reports what happens "today" ("Abuja, 29 January 2025 -
    The Commission notes that, as of today, ..."), with the end of that paragraph: the paper is
    about that day, and an earlier day cued in a later paragraph is the history it recalls."""
    for s, e in opening:
        for d in dates:
            if _is_news_dateline(text, s, d) and _TODAY.search(text, d.end, e):
                return d, e
    return None


#: A news dateline's date starts at most this many characters into its block (a place of several
#: words and a weekday may stand before it: "PORT OF SPAIN, TRINIDAD AND TOBAGO – Wednesday 12th March 2025:").
NEWS_DATELINE_MAX_START = 60


def _is_news_dateline(text: str, block_start: int, d: DateMatch) -> bool:
    return (
        block_start <= d.start < block_start + NEWS_DATELINE_MAX_START
        and (
            (d.start > block_start and bool(_NEWS_DATELINE_BEFORE.match(text[block_start : d.start]))
             and bool(_NEWS_DATELINE_AFTER.match(text[d.end : d.end + 48])))
            or (d.start == block_start and bool(_NEWS_DATELINE_PLACE_AFTER.match(text[d.end : d.end + 60])))
        )
    )


def _dateline(text: str, opening, dates: list[DateMatch], header_lines) -> str | None:
    for s, e in opening:  # 2a. news dateline opening a block: "GENEVA, 21 April 2023 – This is ..."
        for d in dates:
            if _is_news_dateline(text, s, d) and _range_days(text, d) <= MEETING_MAX_DAYS:
                return d.iso  # (not a period in brackets: "CUMULATIVE LOSSES (26 June – 13 August 2025)")
    issued_on = None  # a date of issue (under the paper's symbol, or labelled so), if no place's dateline follows
    labelled_issue = any(_ISSUED_LABEL_BEFORE.match(text, s, s + d.start) and is_dateline(text[s:e], d.start, d.end)
                         for s, e in header_lines[:DATELINE_MAX_LINE] for d in find_dates(text[s:e]))
    for s, e in header_lines[:DATELINE_MAX_LINE]:  # 2b. dateline on a line of its own
        line = text[s:e]
        for d in find_dates(line):
            at = DateMatch(s + d.start, s + d.end, d.iso)
            if is_dateline(line, d.start, d.end) and not is_plainly_other(text, at) and not is_issue_date(text, at) \
                    and not _long_period(text, at):
                if labelled_issue and _STATUS_BEFORE.fullmatch(line, 0, d.start):
                    continue  # "Date of issue: 4 February 2026 / Situation as of 3 February 2026": a paper that
                    # writes its day of issue is dated by it, its status date by no means (either order)
                if issued_on is None and (_under_symbol(text, s) or _PUBLISHED_BEFORE.match(line[: d.start])):
                    issued_on = d.iso  # "EEF.GAL/14/25 / 2 September 2025", "Published: 16 May 2025" over
                    break  # "Prague, 10–11 September 2025": the meeting's place and days come below
                if issued_on is not None and (not _names_place(line, d) or _range_days(text, at) > MEETING_MAX_DAYS):
                    break  # "Updated: 17 May 2025": another day of the page; "CUMULATIVE LOSSES (26 June –
                    # 13 August 2025)": a period, not a meeting's days
                return _day_within(text, at, header_lines) or d.iso  # a day inside the range on a header line
                # below it: "Geneva, 28 April – 9 May 2025" (the meetings) over "SIDE EVENT SUMMARY / <heading> /
                # Date: Tuesday, 29 April 2025, 13:15–14:45": the event the paper reports on
    if issued_on is not None:
        return issued_on
    for s, e in opening:  # ... or a status date opening a block: "As of 3 May 2024, more than 8.6 million ..."
        for d in dates:
            if s <= d.start < s + 40 and _STATUS_BEFORE.fullmatch(text, s, d.start):
                return d.iso
    for s, e in header_lines[:DATELINE_MAX_LINE]:  # ... or one inside a header line: "Reporting period: 1–7 May 2024 | As of 8 May 2024"
        if e - s <= 120 and not _ENDS_SENTENCE.search(text, s, e):
            for d in find_dates(text[s:e]):
                if _STATUS_IN_LINE.search(text, s, s + d.start) or _ISSUED_IN_LINE.search(text, s, s + d.start):
                    return d.iso  # (or the day of issue after a period: "Reporting period: 11-16 September 2024 |
                    # Issued 17 September 2024")
    for s, e in header_lines[:DATELINE_MAX_LINE]:  # 2c. a dateline without its year: "Thursday, 12 December"
        for m in _yearless(text[s:e]):
            if is_dateline(text[s:e], m.start(), m.end()):
                return _year_for(text, m, opening, header_lines)
    for s, e in opening:  # ... or a news dateline without its year: "GENEVA (26 February) – ..."
        head = text[s : min(e, s + 60)].split("\n", 1)[0]
        for m in _yearless(head):
            if _is_news_dateline(text, s, DateMatch(s + m.start(), s + m.end(), "")):
                return _year_for(text, m, opening, header_lines)
    return None


def _yearless(line: str) -> list[re.Match[str]]:
    """Day-and-month dates without a year in ``line`` (not part of a full date), in order."""
    if find_dates(line):
        return []
    found = [m for p in (_DAY_MONTH_NO_YEAR, _MONTH_DAY_NO_YEAR) for m in p.finditer(line) if m.group("m")[0].isupper()]
    return sorted(found, key=lambda m: m.start())


def is_yearless_dateline(line: str) -> bool:
    """A line that is a dateline but for its year ("Thursday, 12 December", "Geneva, 3 May")."""
    return len(line) <= 100 and any(is_dateline(line, m.start(), m.end()) for m in _yearless(line))


#: A year written on its own (not "resolution 2396 (2017)", not "S/2024/276").
_LONE_YEAR = re.compile(r"(?<![\w/(.-])(?:19|20)\d\d(?![\w/).-]?\w)")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)", re.IGNORECASE)


def _year_for(text: str, m: re.Match[str], opening, header_lines) -> str | None:
    """Rule 2c: the year of a yearless dateline, from the document itself: a year written in the
    header lines (a title "Annual Retreat 2024") or the opening's dates, else a copyright line
    ("© 2024 United Nations"). A weekday on the dateline must fall on that day in that year, and
    picks among the years offered; without one, the first year offered is taken. No year, or
    none that fits the weekday: no date (a year is never guessed)."""
    years: list[int] = []
    for s, e in list(header_lines[:DATELINE_MAX_LINE]) + list(opening):
        years += [int(y.group()) for y in _LONE_YEAR.finditer(text, s, e)]
        years += [int(d.iso[:4]) for d in find_dates(text[s:e])]
    years += [int(y.group("y")) for y in _COPYRIGHT_YEAR.finditer(text)]
    month, day = _MONTHS[m.group("m").lower().rstrip(".")], _day(m.group("d"))
    wd = m.group("wd")
    for year in dict.fromkeys(years):
        iso = _iso(year, month, day)
        if iso is None:
            continue
        if wd is None or _WEEKDAYS[_dt.date.fromisoformat(iso).weekday()][:3] == wd.lower()[:3]:
            return iso
    return None


#: A speaker's turn in a transcript: a name of two words or more, a speaker with what they speak
#: for in brackets, a title in one hyphenated word, or a transcript's own label or a role, then a
#: colon ("Oleg Serebrian: Good afternoon.", "SRSG Simão: ...", "Question (TV8): ...", "Mr. Smith
#: (Ireland): ...", "Secretary-General: ...", "Q: ...", "Minister: ..."); not a header
#: field of one word ("To: ...", "Sent: ...", "When: ...", "Opening: Ms. X, ...").
_SPEAKER_TURN = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*|[A-Z][\w.'’-]*\s*\([^()\n]{1,40}\)"
    r"|[A-Z][a-z]+-[A-Z][a-z]+"  # "Secretary-General:"
    r"|(?i:Q|A|Question|Answer|Moderator|Spokesperson|Spokesman|Spokeswoman|Journalist|Reporter|Correspondent|"
    r"Interviewer|Host|Chair|Chairperson|Chairman|President|Minister|Ambassador|Speaker|Participant))"  # also in capitals ("SPOKESPERSON:")
    r"\s*:[ \t]+\S")
#: A transcript has at least this many speakers' turns in its opening.
TRANSCRIPT_MIN_TURNS = 2
#: ... counted in this many blocks from the top (a first turn may run over several paragraphs).
TRANSCRIPT_SCAN_BLOCKS = 12


def _without_turns(text: str, opening: list[tuple[int, int]], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The opening without its speakers' turns when it is a transcript's ("Oleg Serebrian: ...
    Yesterday I met ...", "SRSG Simão: ... Mauritania held a presidential election on 29 June"):
    the days a speaker recalls are not the press conference's, which its dateline gives. A turn
    is spoken: it ends a sentence ("Event Date: 3 May 2024" does not). The paragraphs after a
    turn that open with no speaker are the same speaker's ("SPOKESPERSON: I have three
    announcements. / First, the Minister travels to Malabo on Monday ..."): in a transcript the
    opening ends at its first turn. One block opening "Geneva: ..." is a dateline, not a transcript."""
    def is_turn(s: int, e: int) -> bool:
        return bool(_SPEAKER_TURN.match(text, s, e) and _ENDS_SENTENCE.search(text[s:e].rstrip()))
    turns = [b for b in blocks[:TRANSCRIPT_SCAN_BLOCKS] if is_turn(*b)]
    if len(turns) < TRANSCRIPT_MIN_TURNS:
        return opening
    return [b for b in opening if b[0] < turns[0][0] and not is_turn(*b)]

def _today_event_before(text: str, opening, end: int) -> bool:
    """A sentence of the opening before ``end``, not about the future, says that the paper's own
    meeting is today ("The following is a near-verbatim transcript of today's noon briefing")."""
    for s, e in opening:
        for m in _SENTENCE_SPAN.finditer(text, s, min(e, end)):
            sentence = m.group()
            if _TODAY.search(sentence) and _MEETING_VERB.search(sentence) and not _FUTURE.search(sentence):
                return True
    return False


def _quoted(text: str, pos: int) -> bool:
    """``pos`` stands inside a quotation opened earlier in its paragraph (an odd number of straight
    double quotes before it, or more opening curly quotes than closing ones): a speaker's words."""
    para = _BLANK_LINE.split(text[: pos])[-1]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


def _relative_meeting_day(text: str, opening, dateline: str) -> str | None:
    """The meeting day a report written on ``dateline`` gives relative to it, if its opening says
    so in a sentence about the meeting: "The Security Council yesterday adopted ..." (the day
    before), "The Council on Monday heard ..." (the last Monday up to the dateline)."""
    issued = _dt.date.fromisoformat(dateline)
    for s, e in opening:
        for m in _RELATIVE_DAY.finditer(text, s, e):
            sentence_start = max((x.end() for x in _SENTENCE_END.finditer(text, s, m.start())), default=s)
            sentence = text[sentence_start : min(e, m.end() + CUE_AFTER_WINDOW)]
            if not _MEETING_VERB.search(sentence) or _FUTURE.search(sentence):
                continue
            if m.group("weekday") and _today_event_before(text, opening, sentence_start):
                continue  # "transcript of today's noon briefing" then "visited two sites on Tuesday and met
                # the Minister": the paper's own event is today's, the weekday a detail it tells of
            if _NOT_EVENT_BEFORE.search(text, sentence_start, m.end()):
                continue  # "the general elections held in Costa Rica on Sunday": polling day, not the meeting
            if _quoted(text, m.start()):
                continue  # 'GENEVA, 30 September 2025 - "... Yesterday I met Daniela, a 14-year-old girl ...': a
                # speaker's own account, quoted, not the day of the briefing
            if m.group("yesterday"):
                return (issued - _dt.timedelta(days=1)).isoformat()
            weekday = _WEEKDAYS.index(m.group("weekday").lower())
            return (issued - _dt.timedelta(days=(issued.weekday() - weekday) % 7)).isoformat()
    return None

