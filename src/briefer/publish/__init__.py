"""Distribution: signed notes, release bundles, recipients with clearances, mail and feeds.

`briefer publish` signs the notes built in out/ into a release folder (out/ stays as built),
writes its manifest, checksums and zip, one message per recipient and the Atom feeds;
`--send` delivers the messages. `briefer verify` checks a signed note on its own.
"""
