package org.newsarchive.story;

import java.util.List;

/**
 * MinHash over shingles of {@value #SHINGLE} consecutive tokens of script-folded text, so
 * that markup, whitespace, punctuation and script do not count, and banding of the
 * signature so that texts alike enough share a band (locality-sensitive hashing).
 * <p>
 * {@value #BANDS} bands of {@value #ROWS} rows find a pair whose shingles are 50% the
 * same with probability 1 - (1 - 0.5²)³² > 0.9999, and one 5% the same in under 8% of
 * cases; the whole signature then decides.
 */
final class MinHash {

	static final int SHINGLE = 5;

	static final int HASHES = 64;

	static final int SHORTEST = 20;

	static final int ROWS = 2;

	static final int BANDS = HASHES / ROWS;

	private static final long[] SEEDS = new long[HASHES];

	static {
		long seed = 0x5DEECE66DL;
		for (int i = 0; i < HASHES; i++) {
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			SEEDS[i] = seed;
		}
	}

	private MinHash() {
	}

	/**
	 * The signature of a text, or an empty one where the text is too short to tell a copy
	 * from a coincidence.
	 */
	static int[] signature(Tokens text) {
		if (text.tokens().size() < SHORTEST) {
			return new int[0];
		}
		int[] signature = new int[HASHES];
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		List<Tokens.Token> tokens = text.tokens();
		for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
			long shingle = 0xcbf29ce484222325L;
			for (int j = i; j < i + SHINGLE; j++) {
				String token = tokens.get(j).text();
				for (int k = 0; k < token.length(); k++) {
					shingle = (shingle ^ token.charAt(k)) * 0x100000001b3L;
				}
				shingle = (shingle ^ ' ') * 0x100000001b3L;
			}
			for (int h = 0; h < HASHES; h++) {
				int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
				if (value < signature[h]) {
					signature[h] = value;
				}
			}
		}
		return signature;
	}

	/** The estimated share of shingles two texts have in common (Jaccard similarity). */
	static double similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) HASHES;
	}

	/** One hash per band of rows of the signature. */
	static long[] bands(int[] signature) {
		long[] bands = new long[signature.length / ROWS];
		for (int band = 0; band < bands.length; band++) {
			long hash = band;
			for (int row = 0; row < ROWS; row++) {
				hash = mix(hash * 31 + signature[band * ROWS + row]);
			}
			bands[band] = hash;
		}
		return bands;
	}

	/** SplitMix64's finaliser: every input bit affects every output bit. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
