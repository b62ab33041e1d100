// Invented resume and job posting for the demo learner (no real people, employers or patients).

export const DEMO_RESUME = `Dana Whitfield
Columbus, OH · learner@demo.chartpath.test · (614) 555-0187 · linkedin.com/in/dana-whitfield-coding

Summary
Career changer moving from retail operations into medical coding. Completing the Riverbend Community College Medical Coding Certificate; CPC exam scheduled for January 2027 (CPC-A expected). Detail-oriented, organized and comfortable with quotas and audits.

Skills
ICD-10-CM, CPT, HCPCS Level II, modifiers, E/M coding, medical terminology, anatomy and physiology, HIPAA, NCCI edits, Epic (training environment), encoder software, attention to detail, communication.

Education & Training
Medical Coding Certificate — Riverbend Community College, expected December 2026
- Coded 150 redacted outpatient charts (E/M, radiology, orthopedics, dermatology) with 94% accuracy on instructor audits.
- Practiced provider queries and documentation review in a simulated Epic environment.
AAPC Student Membership, 2026

Experience
Store Operations Lead — Hometown Outfitters, Columbus, OH — 2017–2026
- Reconciled daily cash and card receipts for a store with $4M in annual sales; zero variances over 18 months.
- Trained 12 associates on point-of-sale procedures and privacy of customer records.
- Resolved customer billing disputes and communicated with vendors about incorrect invoices.

Home office
HIPAA-compliant home office with a private, locked workspace, secure internet and a cross-cut shredder.`;

export const DEMO_JOB_POSTING = `Medical Coder I — Lakeshore Health Partners (Hybrid, Columbus OH)

Lakeshore Health Partners is growing its professional-fee coding team. This entry-level role is a great fit for newly certified coders; CPC-A candidates are welcome.

What you will do
- Assign ICD-10-CM, CPT and HCPCS Level II codes with correct modifiers for primary care and orthopedic visits.
- Review E/M documentation and send provider queries when documentation is incomplete.
- Check NCCI edits before claims submission and help the billing team with coding-related denials.
- Work in Epic and our 3M encoder every day.

Required
- CPC or CPC-A (AAPC) required; CCS accepted.
- Knowledge of ICD-10-CM and CPT guidelines and medical terminology.
- Attention to detail and the ability to meet 95% accuracy and productivity standards.
- Understanding of HIPAA.

Preferred
- Experience with Epic and 3M encoder software.
- Knowledge of LCD/NCD medical necessity.
- Strong communication skills.

Schedule: Monday–Friday, hybrid after 90 days on site. Pay range $19–$23/hour.`;
