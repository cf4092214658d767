package be.brussels.poles.crm.web;

import be.brussels.poles.kit.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The CRM's gRPC page tokens and page sizes ({@code common.v1.PageRequest}): tokens are opaque
 * to callers; today they carry an offset.
 */
public final class PageTokens {

  public static final int DEFAULT_PAGE_SIZE = 50;
  private static final String TOKEN_PREFIX = "offset:";

  private PageTokens() {}

  /** The page size asked for (0: the default), 1 to {@code max}. */
  public static int size(int asked, int max) {
    int size = asked == 0 ? DEFAULT_PAGE_SIZE : asked;
    if (size < 1 || size > max) {
      throw new InvalidInputException("page.page_size",
          "must be between 1 and " + max + " (0 for the default)");
    }
    return size;
  }

  public static String encode(long offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset in a token this service issued (0 for none). */
  public static long decode(String token) {
    if (token.isEmpty()) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (decoded.startsWith(TOKEN_PREFIX)) {
        long offset = Long.parseLong(decoded.substring(TOKEN_PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64 or not a number: reported below
    }
    throw new InvalidInputException("page.page_token", "is not a token this service issued");
  }

  /** The token of the page after one that ended at {@code next}; empty on the last page. */
  public static String next(long next, long total, int returned) {
    return next < total && returned > 0 ? encode(next) : "";
  }
}
