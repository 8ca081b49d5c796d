package org.newsarchive.entity;

/**
 * The pairs of neighbouring characters of a text, hashed into 65,536 bits: a name whose
 * first two characters are not a pair of the text is not in it. Every article is asked
 * about each of the thousands of names learned so far, and most of them are in none: the
 * bit answers for those without reading the text.
 */
final class CharacterPairs {

	private static final int BITS = 1 << 16;

	private final long[] bits = new long[BITS / Long.SIZE];

	CharacterPairs(String text) {
		for (int i = 0; i + 1 < text.length(); i++) {
			int bit = bit(text.charAt(i), text.charAt(i + 1));
			this.bits[bit / Long.SIZE] |= 1L << bit;
		}
	}

	/**
	 * Whether the text may contain {@code name}: false only where it cannot, true for a
	 * name shorter than two characters.
	 */
	boolean mayContain(String name) {
		if (name.length() < 2) {
			return true;
		}
		int bit = bit(name.charAt(0), name.charAt(1));
		return (this.bits[bit / Long.SIZE] & (1L << bit)) != 0;
	}

	private static int bit(char first, char second) {
		return (first * 31 + second) & (BITS - 1);
	}

}
