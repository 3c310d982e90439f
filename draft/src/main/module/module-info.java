/**
 * briefings-draft: drafts a briefing from its text, every stated figure found with its qualifier,
 * value and place in the text, its measure guessed for a person to confirm.
 */
module io.github.briefings.draft {
  requires transitive io.github.briefings.core;

  exports io.github.briefings.draft;
}
