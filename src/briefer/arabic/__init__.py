"""Arabic text: what every stage needs to read it, with offsets back to the original.

- text: MappedText and the reading normalisation (NFC, no tatweel or invisibles).
- fold: the matching fold (hamza, ya, ta marbuta, diacritics), shared by glossary and memory.
- words: tokens of folded text and the proclitics a word may carry.
- lexicon: the word lists under briefer/data, folded and compiled for matching.
- dates, numbers: dates as EDTF and cardinal numbers, in digits or in words (edtf: day
  arithmetic on EDTF; relative: days named relative to the publication, "أمس", "الثلاثاء من
  الأسبوع الماضي"; weekday_days: days told by weekday and number alone, "يوم الخميس 29").
"""
