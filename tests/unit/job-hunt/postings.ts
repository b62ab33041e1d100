// Realistic (invented) postings and resumes used by the job-hunt tests. No real people or patients.

export const CODER_POSTING = `Remote Outpatient Medical Coder I
Riverbend Health Partners — Remote (US)

About the role
Riverbend Health Partners is hiring an entry-level Outpatient Coder to join our fully remote coding team. You will review provider documentation and assign ICD-10-CM, CPT and HCPCS Level II codes for clinic and same-day surgery encounters in Epic.

Responsibilities
- Assign diagnosis and procedure codes with appropriate modifiers for outpatient encounters.
- Review NCCI edits and LCD/NCD medical necessity before claims are released.
- Send compliant provider queries when documentation is unclear.
- Work denials routed from the billing office and communicate findings to the coding lead.

Minimum Qualifications
- CPC, CPC-A or CCS credential required.
- Working knowledge of ICD-10 and CPT coding guidelines.
- Experience with Epic is a must.
- Strong attention to detail and ability to meet 95% accuracy.
- HIPAA-compliant home office with high-speed internet.

Preferred Qualifications
- 1+ year of coding experience; externship counts.
- Familiarity with 3M or TruCode encoder is a plus.
- Cerner experience nice to have.

Pay: $21–$26/hour. Full-time, Monday–Friday.`;

export const CODER_RESUME = `Jordan Rivera
Columbus, OH · jordan.rivera@example.com · (614) 555-0142

Summary
Medical Coder in Training with CPC-A credential (AAPC, 2024). Detail-oriented career changer with six years of customer service experience.

Skills
ICD-10-CM, CPT, HCPCS Level II, modifiers, medical terminology, anatomy & physiology, HIPAA, Oracle Health (Cerner) training environment.

Education & Training
Medical Coding Certificate — Columbus State Community College, 2024
- Coded 120 redacted outpatient charts (E/M, radiology, surgery) with 96% accuracy on instructor audit.
- Applied NCCI edits and modifier rules in practice cases.

Experience
Customer Service Lead — Brightline Insurance Agency, 2018–2024
- Communicated coverage details to 40+ callers a day; resolved escalations.`;

export const BILLER_POSTING = `Medical Billing & A/R Follow-Up Specialist
Lakeshore Physician Services — Hybrid (2 days on site)

What you'll do
- Submit clean claims on CMS-1500 and UB-04 forms through our clearinghouse (Waystar).
- Work the A/R aging report: follow up on unpaid claims with payers by phone and payer portals (Availity).
- Research denials using EOBs, ERA/835 files and CARC/RARC codes; write appeals.
- Perform payment posting for insurance and patient payments and resolve credit balances.

Requirements
- 2+ years of accounts receivable follow-up or denials management experience required.
- Must have working knowledge of Cerner or Epic Resolute.
- Understanding of CPT, ICD-10 and HCPCS codes.
- Excellent communication and persistence on payer calls.

Nice to have
- CPB or CPC certification.
- Experience with prior authorizations and eligibility verification.
- Knowledge of the False Claims Act and Stark Law.`;

export const BILLER_RESUME = `Taylor Brooks — Medical Billing Specialist (CBCS)
Phone 312-555-0187 · taylor.brooks@example.com

Experience
Billing Assistant, North Shore Family Clinic, 2022–present
- Submitted 300+ claims per week on the HCFA-1500 through the Office Ally clearinghouse.
- Worked AR follow-up on 60+ day accounts; reduced aged A/R over 90 days by 18%.
- Handled payment posting from ERAs and paper EOBs and researched claim denials; drafted appeal letters.
- Verified insurance eligibility in Availity and NaviNet before visits.

Skills
Oracle Health, ICD-10-CM, CPT, A/R aging, credit balance resolution, HIPAA, communication`;
