/**
 * The rules every importer shares, each in one place: what a person's and a team's id is
 * ({@link org.oversight.ingest.kit.People}), what an e-mail address is, which tags, labels and
 * annotations name owners ({@link org.oversight.ingest.kit.OwnerTags}), how a date or time reads
 * ({@link org.oversight.ingest.kit.Dates}), what looks like a secret
 * ({@link org.oversight.ingest.kit.Secrets}), and how a JSON or YAML record's field is read as
 * text, a list, an object, a number, true or false or a date-time, with the one wording of its
 * refusals ({@link org.oversight.ingest.kit.Fields}). How a file's bytes become text is
 * {@link org.oversight.ingest.Encodings}, beside the other file readers. When a second importer
 * needs a rule another has, it moves here first, so that the same team or the same secret is
 * treated alike whichever source names it.
 */
package org.oversight.ingest.kit;
