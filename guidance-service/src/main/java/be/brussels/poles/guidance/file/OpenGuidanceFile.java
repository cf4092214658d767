package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.util.Optional;

/** A checked request to open a guidance file. */
public record OpenGuidanceFile(EnterpriseNumber enterpriseNumber, PackageType packageType,
    Optional<String> note) {}
