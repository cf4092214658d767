package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.money.Money;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The symbolic financial contribution per package (domain brief §2a: "the symbolic financial
 * contribution per stage"). The sources set no amount; the Region's amounts come from the
 * settings ({@code guidance.package-fee.<PACKAGE>}), and a package without one is free.
 */
public final class PackageFees {

  private final Map<PackageType, Money> fees;

  public PackageFees(Map<PackageType, Money> fees) {
    this.fees = new EnumMap<>(PackageType.class);
    this.fees.putAll(Objects.requireNonNull(fees, "fees"));
  }

  /** Every package free (tests and a platform with no settings). */
  public static PackageFees none() {
    return new PackageFees(Map.of());
  }

  /** The fee of a package; zero euro when none is set. */
  public Money of(PackageType type) {
    return fees.getOrDefault(type, Money.euros("0.00"));
  }
}
