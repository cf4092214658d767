package be.brussels.poles.financing.application;

import java.util.Objects;

/** A named person at the pole whom partners can call: the analyst of an application. */
public record StaffContact(String name, String email) {

  public StaffContact {
    Objects.requireNonNull(name, "name");
    email = Objects.requireNonNullElse(email, "");
  }
}
