/**
 * The rules every importer shares, each in one place: what a person's and a team's id is
 * ({@link org.oversight.ingest.kit.People}), what an e-mail address is, which tags, labels and
 * annotations name owners ({@link org.oversight.ingest.kit.OwnerTags}), how a date or time reads
 * ({@link org.oversight.ingest.kit.Dates}), and what looks like a secret
 * ({@link org.oversight.ingest.kit.Secrets}). How a file's bytes become text is
 * {@link org.oversight.ingest.Encodings}, beside the other file readers. When a second importer
 * needs a rule another has, it moves here first, so that the same team or the same secret is
 * treated alike whichever source names it.
 */
package org.oversight.ingest.kit;
