package io.formd.json.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Predicate;

/**
 * The filings under a directory, found with as few questions to the file system as it can: each directory is
 * listed, and its entries named like filings are taken as files without a look at each (a {@code stat} a file was
 * 0.3 s of a 60,000-file run, before any file was checked, on one core); their reads look at them, on every core.
 * An entry named like a filing that is not a file (a link to nothing, a pipe) is therefore reported when it is read,
 * never skipped. A directory named like a filing ({@code 2025.xml/}) is still searched: a directory whose link count
 * says it has no subdirectory (2, on ext4, XFS, tmpfs) has none to find, and any other is looked at entry by entry.
 * Other names are looked at (a subdirectory is searched) and skipped unless they are directories.
 */
final class DirectoryFilings {

  private final Path top;
  private final Predicate<String> filingName;
  private final String dataSetTable;
  private final List<ValidateCommand.Listed> found;
  private boolean dataSet;

  private DirectoryFilings(Path top, Predicate<String> filingName, String dataSetTable,
      List<ValidateCommand.Listed> found) {
    this.top = top;
    this.filingName = filingName;
    this.dataSetTable = dataSetTable;
    this.found = found;
  }

  /**
   * Adds to {@code found}, in the order of the file system, every file under {@code top} named like a filing.
   *
   * @param top a directory
   * @param filingName whether a file name is one formd reads
   * @param dataSetTable the name (any case) of the table that makes {@code top} one of the SEC's data sets
   * @param found where the files go, with their size when one was looked at, else -1 (their read looks)
   * @return whether {@code top} holds {@code dataSetTable}
   * @throws IOException if a directory cannot be listed
   */
  static boolean list(Path top, Predicate<String> filingName, String dataSetTable,
      List<ValidateCommand.Listed> found) throws IOException {
    DirectoryFilings walk = new DirectoryFilings(top, filingName, dataSetTable, found);
    walk.search(top);
    return walk.dataSet;
  }

  private void search(Path directory) throws IOException {
    boolean leaf = hasNoSubdirectory(directory);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        Path fileName = entry.getFileName();
        String name = fileName.toString();
        if (directory == top && name.equalsIgnoreCase(dataSetTable)) {
          dataSet = true;
        }
        boolean filing = filingName.test(name);
        if (filing && leaf) {
          // The entry again, from its bytes: the entry itself has kept the offsets of its names (an array of 32
          // bytes) since getFileName, and a run holds its files' paths until each is checked.
          found.add(new ValidateCommand.Listed(directory.resolve(fileName), -1));
          continue;
        }
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          search(entry);
        } else if (filing) {
          found.add(new ValidateCommand.Listed(directory.resolve(fileName),
              attributes.isRegularFile() ? attributes.size() : -1));
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
  }

  /** A directory's link count is 2 + its subdirectories on most file systems; 1 (Btrfs) or none says nothing. */
  private static boolean hasNoSubdirectory(Path directory) {
    try {
      // Following a link: the directory given may be one (those found inside are searched only when they are not).
      Object links = Files.getAttribute(directory, "unix:nlink");
      return links instanceof Integer && (Integer) links == 2;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }
}
