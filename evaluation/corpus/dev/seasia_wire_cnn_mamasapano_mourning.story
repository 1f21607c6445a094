Manila (CNN)Flags were flown at half-staff in the Philippines Friday as the nation observed a day of mourning for 44 police commandos killed in a disastrous operation in the country's Muslim south.

The officers, members of the police's elite Special Action Force (SAF) unit, were killed in a 12-hour firefight with two Muslim rebel groups in the southern province of Maguindanao at the weekend.

Their 392-strong team had been deployed to hunt two "most wanted" terror suspects.

The fallen police were farewelled by grieving family members, politicians and police and military leadership at their home base, Camp Bagong Diwa in Taguig City Friday.

Policemen across the country wore black armbands to show their sympathy.

Delivering a eulogy for the fallen, President Benigno Aquino III made reference to his own loss as the son of an assassinated political leader, and vowed to bring the remaining target of the commandos' mission to justice.

"Our 44 fallen heroes from our police force, the youngest at 26 and the most senior at 39 years old, pushed themselves and exerted all their effort to do what they could, not only for themselves and their families, but for our beloved country," he said.

"They gave up their lives for the kind of peace and order that endures."

The president's father, Benigno Aquino, Jr., was a Filipino senator who was assassinated at Manila International Airport in 1983.

The officers had been pursuing two "high value" terrorist bomb makers, including the senior Jemaah Islamiyah figure Zulkifli bin Hir, also known as Marwan, when they came under assault.

Marwan, a Malaysian suspected of being behind the 2002 Bali bombings, has a $5 million U.S. government bounty on his head.

Philippine authorities say they believe he was killed in the raid, but are yet to conduct DNA testing to confirm this. Previous reports of his death have proven false.

The unit's other target, Filipino bomb maker Abdul Basit Usman, escaped.

Aquino swore during the eulogy that Usman would be brought to justice.

"Capturing Basit Usman is number one on our list of priorities," he said. "I assure you, we will get Usman."

Police Chief Superintendent Noli G. Talino, deputy director of the Special Action Force, delivered a speech recounting how the satisfaction of the assault on Marwan soured as the commandos became pinned down during the extraction.

He recalled hearing the voice of a colleague on the radio asking for reinforcements, as they became surrounded by armed rebels.

"I felt guilty ... about what happened in the field, and it seems our efforts were not enough to extend the help that they have asked for. But we did our best," he said.

"Is it worth it? One international terrorist equivalent to 44 SAF troopers? I'm sure if you will ask them, it is worth it."

The Philippines has been fighting an insurgency in the predominantly Muslim south for years.

Last year, it signed a peace agreement with the Moro Islamic Liberation Front (MILF), the largest rebel group in the region.

The MILF agreed to end hostilities in return for the establishment of a more autonomous Muslim region in the south.

But hardline splinter groups, such as the Bangsamoro Islamic Freedom Fighters (BIFF), have not signed any peace deal.

The police commandos engaged in battle with both groups during the firefight near Mamasapano town, Maguindanao Province, last weekend.

Secretary of the Department of Interior and Local Government Mar Roxas said that the commandos were retreating from the assault on their targets when they came under fire from members of the BIFF.

In maneuvering away from the BIFF assault, they strayed into territory controlled by the MILF, and further fighting ensued.

On Wednesday, Aquino delivered a speech to the nation vowing that the deaths would not derail the deal with the MILF, saying the fallen police had given their lives for the cause of peace.

"If the peace process were derailed, how many more graves would we have to dig?" he said. "How many more children will idolize Marwan? How many will want to grow up to be Usman? How many engineers will choose to build bombs rather than buildings?" he said.

A board of inquiry is looking into why the mission went wrong. The SAF has been criticized for not coordinating adequately with the MILF ahead of the mission.

But Benigno said in his speech that "even if the MILF and BIFF now constitute two different groups, many of them are related by blood or by affinity. Strangers cannot just enter their territory. Our troops needed to enter quietly and carefully; otherwise, their targets may have been alerted."

The MILF issued a statement Wednesday on behalf of its chairman Al Haj Murad Ebrahim.

The statement reiterated the MILF's "full commitment" to the peace process, extended sympathies to the families of the fallen police and announced its own investigation into the incident.

"In order to give meaning to their deaths, we must resolve not to let something like this happen again," read the statement.

@highlight

44 dead police commandos are honored in a day of mourning in the Philippines

@highlight

They were killed in a firefight with Muslim rebels last weekend

@highlight

The government and main rebel group have reiterated their commitment to peace process
