package be.brussels.poles.crm.company;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What staff know of a company beyond the KBO: size class, sector and cluster, flags.
 *
 * @param sizeClass null when unknown
 * @param sector free sector label (e.g. "Horeca"), empty when unknown
 * @param cluster hub.brussels cluster (e.g. "screen.brussels"), empty when none
 */
public record CompanyProfile(SizeClass sizeClass, String sector, String cluster,
    Set<CompanyFlag> flags) {

  public static final CompanyProfile EMPTY = new CompanyProfile(null, "", "", Set.of());

  public CompanyProfile {
    sector = Objects.requireNonNullElse(sector, "");
    cluster = Objects.requireNonNullElse(cluster, "");
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  public CompanyProfile withFlag(CompanyFlag flag) {
    Set<CompanyFlag> more = flags.isEmpty() ? EnumSet.noneOf(CompanyFlag.class) : EnumSet.copyOf(flags);
    more.add(flag);
    return new CompanyProfile(sizeClass, sector, cluster, more);
  }
}
