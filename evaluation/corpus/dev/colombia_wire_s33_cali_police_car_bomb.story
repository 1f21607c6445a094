BOGOTA, Colombia (CNN)  -- Colombian officials are blaming the FARC guerrilla group for a car bombing late Sunday at a police station in Cali that killed two people and wounded at least 14.

Residents check out a destroyed police building after a car bombing Sunday night in Cali, Colombia.

It was the second bombing in Colombia attributed to the Marxist guerrilla group in less than a week. An explosion at a Blockbuster video rental store in an upscale Bogota neighborhood Tuesday killed two and wounded more than 20.

The suspect in Sunday night's attack was killed in a shootout with police after the explosion, Cali Mayor Jorge Ivan Ospina said Monday, hours after convening a special security meeting in the middle of the night.

"Although the explosive device only had moderate impact," Ospina said on the Cali government Web site, "we should not forget we are at war and the FARC has been committing terrorist acts in Bogota, Neiva, Cali and other cities in the country. That's why we cannot let our guard down, since they take advantage of Sundays and city centers, where control is more difficult."

The explosion came just hours after the rebel group released four hostages in what many interpreted as a gesture to reach a peace accord with the government. Two officials also are slated to be released this week.

FARC, which is the Spanish acronym for Revolutionary Armed Forces of Colombia, is the largest and oldest revolutionary group in the nation and has been at war with the government for more than 40 years.

According to Ospina, a blue and red Renault 12 Break pickup crashed into the police headquarters in Cali at 10:38 p.m. and then exploded. The driver tried to flee but was felled by two shots from uniformed police and died a few hours later at a hospital, the mayor said.

The explosion caused damage in a two-block area, the Cali news Web site Semana.com said.

Five of the 14 wounded were minors, Ospina said, citing emergency director Laureano Quintero. The injured are suffering from fractures and other wounds not considered life-threatening, he said.

Cali's health minister, Alejandro Varela, said earlier 32 were wounded, including a pregnant woman who was in good condition. Others complained of hearing problems.

The mayor's office said the previous higher tally could be a result of people not wounded in the bombing but seeking medical attention to receive government help.

Three police were wounded, including a major with a broken arm and an officer who had to have three fingers amputated on his left hand, said the police chief, Gustavo Adolfo Ricaurte Tapia.

The bombing caused a temporary power outage, which made security more difficult for officials, said the news Web site Burladero.com.

It was the fourth bombing in Cali in less than 42 months, Semana.com said.

The latest bombing took place about five blocks from the Palace of Justice, which was blasted by a car bomb in August, killing four and wounding 26. Police buildings were bombed in April 2007 and August 2006. The earlier blast killed five and wounded 17, Semana.com said.

Security analysts say FARC has about 9,000 to 12,000 armed guerillas and several thousand supporters, mostly in rural areas. The guerrilla group was established in 1964 as the military wing of the Colombian Communist Party.

The guerrillas operate mostly in Colombia but have carried out extortion, kidnappings and other activities in Venezuela, Panama and Ecuador, according to the Federation of American Scientists Intelligence Resource Program.

Authorities said Sunday night's bomb contained 90 kilograms (198 pounds) of ammonium nitrate fertilizer and fuel, a commonly used explosive, Semana.com said.

By comparison, the bomb that Timothy McVeigh used in the 1995 bombing in Oklahoma City, Oklahoma, contained more than 2,800 kilos (6,200 pounds) of ammonium nitrate and diesel fuel.

@highlight

Car bombing at police station in Cali, Colombia, kills two people, wounds at least 14

@highlight

FARC rebels also blamed for last week's bombing at video rental store in Bogota

@highlight

Suspect in Cali attack dies in shootout with police after blast, mayor says

@highlight

Cali explosion comes hours after FARC releases four hostages
