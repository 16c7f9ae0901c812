package org.carepool.registry.export;

/**
 * The file formats of an export.
 */
public enum ExportFormat {

	/**
	 * Comma-separated values, UTF-8 with a byte order mark so that Excel reads Chinese.
	 */
	CSV("text/csv;charset=UTF-8", "csv"),
	/** An Excel workbook. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/**
	 * The media type of the file.
	 * @return such as {@code text/csv;charset=UTF-8}
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The file name extension.
	 * @return {@code csv} or {@code xlsx}
	 */
	public String extension() {
		return this.extension;
	}

}
