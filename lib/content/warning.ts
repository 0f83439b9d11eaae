/** What could not be read, and where: every loader of content files reports these, never throws them. */
export interface ContentWarning {
  file: string;
  /** 1-based line in `file`; 0 when the problem concerns the file as a whole. */
  line: number;
  message: string;
}
