package be.brussels.poles.housing.request;

import java.util.Objects;

/** The citydev officer who recorded a request and handles it: partners' contact for it. */
public record Officer(String name, String email) {

  public Officer {
    Objects.requireNonNull(name, "name");
    email = Objects.requireNonNullElse(email, "");
  }
}
