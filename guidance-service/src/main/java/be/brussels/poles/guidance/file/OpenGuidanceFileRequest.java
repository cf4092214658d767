package be.brussels.poles.guidance.file;

import java.util.List;

/**
 * The body of {@code POST /guidance-files}, as received: plain strings, checked all at once by
 * {@link GuidanceFileInput#open}.
 *
 * @param enterpriseNumber any accepted notation ("0403.019.261", "BE0403019261", ...)
 * @param packageType one of {@link PackageType}
 * @param note optional, confidential to the owning agency, at most 2000 characters
 * @param priorityGroups optional, the beneficiary's {@link PriorityGroup}s (fee exemption)
 */
public record OpenGuidanceFileRequest(String enterpriseNumber, String packageType, String note,
    List<String> priorityGroups) {

  public OpenGuidanceFileRequest(String enterpriseNumber, String packageType, String note) {
    this(enterpriseNumber, packageType, note, null);
  }
}
