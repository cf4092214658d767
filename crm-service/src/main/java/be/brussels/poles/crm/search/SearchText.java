package be.brussels.poles.crm.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised search keys: accents removed ("é" → "e", "ë" → "e"), lower case, everything that
 * is not a letter or digit a separator. "Boulangerie L'Épi d'Or" and "boulangerie l epi d or"
 * give the same words, so French and Dutch names are found however they are typed.
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("")
        .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
        .toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(plain).replaceAll(" ").strip();
  }

  /** The normalised words of {@code text}, in order, duplicates kept. */
  public static List<String> words(String text) {
    String normalised = normalise(text);
    List<String> words = new ArrayList<>();
    if (normalised.isEmpty()) {
      return words;
    }
    for (String word : normalised.split(" ")) {
      words.add(word);
    }
    return words;
  }

  /**
   * Whether {@code candidate} starts with {@code prefix} but for at most one edit (a wrong,
   * missing or extra letter, or two neighbours swapped): the typo tolerance of name search.
   */
  public static boolean startsWithinOneEdit(String candidate, String prefix) {
    for (int length = prefix.length() - 1; length <= prefix.length() + 1; length++) {
      if (length >= 1 && length <= candidate.length()
          && withinOneEdit(candidate.substring(0, length), prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Optimal string alignment distance of at most one. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      // one substitution, or one transposition of neighbours
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
