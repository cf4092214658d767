package be.brussels.poles.kit.web;

import java.io.IOException;

/** A request body over the configured limit. REST 413. */
public class PayloadTooLargeException extends IOException {
  public PayloadTooLargeException() {
    super("the request body exceeds the size limit");
  }
}
