/**
 * Words for people, in Dutch and English, made at the edge from typed values: the wording of a
 * verdict ({@link nl.statuswacht.words.VerdictWords}) and of a change to a post ({@link
 * nl.statuswacht.words.ChangeWords}). The sentences live in the message bundles {@code
 * words_en.properties} and {@code words_nl.properties} beside these classes; times are spoken in
 * Europe/Amsterdam. Depends on model, calendar and change only, so the mails (notify), the CLI's
 * output and the store can all use it.
 */
package nl.statuswacht.words;
