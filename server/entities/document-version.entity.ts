import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BaseEntity } from "./base.js";
import type { DocumentEntity } from "./document.entity.js";

/** One uploaded version: the original (as text), the normalised text and a checksum of the bytes. */
@Entity("document_version")
@Index(["documentId", "number"], { unique: true })
export class DocumentVersionEntity extends BaseEntity {
  @Column("varchar", { length: 36 })
  documentId: string;

  @ManyToOne("DocumentEntity", "versions", { onDelete: "CASCADE" })
  @JoinColumn({ name: "documentId" })
  document: Relation<DocumentEntity>;

  @Column("integer")
  number: number;

  @Column("varchar", { length: 255, nullable: true })
  filename: string | null;

  /** markdown | text | docx | pdf | html */
  @Column("varchar", { length: 10 })
  sourceFormat: string;

  /** How the engine reads `originalText`: markdown | text. */
  @Column("varchar", { length: 10 })
  textFormat: string;

  /** sha256 of the uploaded bytes. */
  @Column("varchar", { length: 64 })
  checksum: string;

  @Column("integer")
  byteLength: number;

  /** The text positions point into (decoded input, or text extracted from DOCX/PDF/HTML). */
  @Column("text")
  originalText: string;

  @Column("text")
  normalisedText: string;

  @Column("simple-json")
  notes: string[];
}
