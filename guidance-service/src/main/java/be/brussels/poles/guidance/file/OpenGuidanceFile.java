package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.util.Optional;
import java.util.Set;

/** A checked request to open a guidance file. */
public record OpenGuidanceFile(EnterpriseNumber enterpriseNumber, PackageType packageType,
    Optional<String> note, Set<PriorityGroup> priorityGroups) {

  public OpenGuidanceFile(EnterpriseNumber enterpriseNumber, PackageType packageType,
      Optional<String> note) {
    this(enterpriseNumber, packageType, note, Set.of());
  }
}
