package be.brussels.poles.kit.web;

import java.util.stream.Collectors;

/** Finds which JSON field a deserialisation error is about (Jackson 3 keeps a reference path). */
final class JsonErrors {

  private JsonErrors() {}

  static String fieldOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof tools.jackson.databind.DatabindException databind
          && !databind.getPath().isEmpty()) {
        return databind.getPath().stream()
            .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[");
      }
    }
    return null;
  }
}
